package io.lorawanbi.testkit.conformance;

/**
 * Behaviour an endpoint may or may not implement. Rules that need an undeclared feature are skipped,
 * not failed.
 */
public enum Feature {
    /** The endpoint authenticates senders and answers {@code UnknownSender} to a SenderID it does not trust. */
    SENDER_AUTHENTICATION,
    /** The endpoint answers {@code UnkownReceiver} to a ReceiverID (JoinEUI) it does not serve. */
    RECEIVER_CHECK,
    /** The endpoint knows the home NS's NSID of the known device and sends HNSID in 1.1 answers. */
    HOME_NSID
}
