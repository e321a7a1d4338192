package io.lorawanbi.client;

import java.util.concurrent.CompletableFuture;

/**
 * One registered pending request, as returned by {@link PendingAnswerStore#register}.
 */
public interface PendingAnswer {

    /** The request this waits for. */
    PendingKey key();

    /**
     * Completes with the answer's body (UTF-8 JSON, as the answering peer posted it) when any instance
     * sharing the store delivers it; fails with {@link java.util.concurrent.TimeoutException} when the
     * registration's timeout passes first. Completed on a thread of the store; do not block on it.
     */
    CompletableFuture<byte[]> answer();

    /**
     * Stops waiting: the registration is removed, and an answer delivered later is reported as
     * {@link PendingAnswerStore.Delivery#LATE}. Idempotent.
     */
    void cancel();
}
