package io.lorawanbi.client;

/**
 * How an answer's header is judged against the header derived from the request (docs/reference.md §2.3:
 * same version and TransactionID, SenderID and ReceiverID swapped, tokens returned, in 1.1 ReceiverNSID =
 * the request's SenderNSID). A different TransactionID is never tolerated: that answer belongs to another
 * request ({@link BiClientException.Kind#OTHER_TRANSACTION}). Whatever is tolerated is reported as an
 * {@link AnswerWarning}, never hidden: returned by {@link BiClient#sendChecked} and passed to the
 * {@link ClientListener}.
 */
public enum HeaderCheck {

    /** Every departure is refused with {@link BiClientException.Kind#NONCONFORMING_HEADER}. */
    STRICT,

    /**
     * The default. The departures real peers make are tolerated and reported: a 1.0 answer to a 1.1
     * request (brocaar's Join Server), a token not returned (absent), a 1.1 ReceiverNSID absent. IDs
     * not swapped or a token returned changed are refused with
     * {@link BiClientException.Kind#NONCONFORMING_HEADER}: such an answer is addressed to someone else.
     */
    TOLERANT,

    /** Every departure is tolerated and reported; for conformance tools that judge the answer themselves. */
    REPORT_ONLY
}
