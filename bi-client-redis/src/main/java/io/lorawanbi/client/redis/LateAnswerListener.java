package io.lorawanbi.client.redis;

import io.lorawanbi.client.PendingKey;

/**
 * Told of every answer that a {@link RedisPendingAnswerStore} could not use, on the instance whose
 * endpoint received it, in addition to the {@code LATE} or {@code UNMATCHED} that
 * {@link io.lorawanbi.client.PendingAnswerStore#deliver deliver} returns. Called on a thread of the
 * store; implementations return quickly and do not block. The default listener logs each answer at
 * {@code WARNING} on the {@code System.Logger} named after {@link RedisPendingAnswerStore}.
 */
public interface LateAnswerListener {

    /** Why an answer came too late to be used. */
    enum Reason {
        /** The request's timeout had passed. */
        TIMED_OUT,
        /** The request was cancelled, or the instance that sent it closed its store. */
        CANCELLED,
        /** The request had already received an answer (a repeated delivery). */
        ALREADY_ANSWERED
    }

    /**
     * An answer for a request that was pending recently but is no longer waiting.
     *
     * @param key the answer's ReceiverID and TransactionID
     * @param answer the answer's body as posted (UTF-8 JSON)
     * @param reason why it was not used
     */
    void lateAnswer(PendingKey key, byte[] answer, Reason reason);

    /**
     * An answer for which no request was pending or recently timed out. Does nothing by default.
     *
     * @param key the answer's ReceiverID and TransactionID
     * @param answer the answer's body as posted (UTF-8 JSON)
     */
    default void unmatchedAnswer(PendingKey key, byte[] answer) {}
}
