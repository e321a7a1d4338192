package io.lorawanbi.server;

/**
 * What became of an answer or notification that a peer POSTed to this endpoint and that a consumer
 * took ({@link AnswerConsumer}, {@link NotificationConsumer}). The peer is acknowledged with HTTP 200
 * and an empty body whatever the outcome (docs/reference.md §1.2); the outcome goes to
 * {@link ServerListener#answerReceived} and {@link ServerListener#notificationReceived}, for metrics
 * and logs.
 *
 * <p>The three outcomes match those of a pending-answer store (bi-client's
 * {@code PendingAnswerStore.Delivery}: {@code COMPLETED}, {@code LATE}, {@code UNMATCHED}).
 */
public enum IntakeOutcome {
    /** A pending request (on this or another instance) took the answer; a consumer took the notification. */
    MATCHED,
    /** The request it answers had timed out or was cancelled: the answer is reported, not used. */
    LATE,
    /**
     * Nothing was waiting for it: no request with its SenderID and TransactionID was pending or
     * recently timed out, or no consumer is registered for its kind.
     */
    UNMATCHED
}
