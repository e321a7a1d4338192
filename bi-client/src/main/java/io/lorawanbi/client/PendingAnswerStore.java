package io.lorawanbi.client;

import io.lorawanbi.client.internal.InMemoryPendingAnswerStore;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Where a client's pending asynchronous requests wait for the answers that peers post to the
 * requester's Backend Interfaces endpoint. The in-memory store serves one instance; a shared store (on
 * Redis, in {@code bi-client-redis}) lets the instance that receives a posted answer complete the call
 * of the instance that sent the request.
 *
 * <p>Implementations are thread-safe.
 */
public interface PendingAnswerStore extends AutoCloseable {

    /**
     * The default store: the pending requests of this instance, in memory, at most 10,000 at once; a
     * timer thread (a daemon) ends them at their timeout and keeps each ended one for as long again to
     * report a late answer. Answers complete on that thread.
     *
     * @return a new store; close it (or the client that owns it) to stop its thread
     */
    static PendingAnswerStore inMemory() {
        return new InMemoryPendingAnswerStore(10_000);
    }

    /**
     * The in-memory store with another bound.
     *
     * @param maxPending how many requests may wait at once ({@link #register} throws
     *     {@link IllegalStateException} beyond)
     * @return a new store
     */
    static PendingAnswerStore inMemory(int maxPending) {
        return new InMemoryPendingAnswerStore(maxPending);
    }

    /**
     * Registers a request before it is sent.
     *
     * @param key the request's SenderID and TransactionID
     * @param timeout how long to wait for the answer; after it the registration is marked timed out for
     *     at least as long again, so that an answer arriving late is reported as {@link Delivery#LATE}
     * @return the registration, whose {@link PendingAnswer#answer()} completes with the answer's body
     * @throws IllegalStateException if the key is already pending, or the store is closed
     */
    PendingAnswer register(PendingKey key, Duration timeout);

    /**
     * Hands over an answer that this instance's endpoint received.
     *
     * @param key the answer's ReceiverID and TransactionID
     * @param answer the answer's body (UTF-8 JSON)
     * @return how the answer was placed; fails only when the store cannot be reached
     */
    CompletionStage<Delivery> deliver(PendingKey key, byte[] answer);

    /** Fails every request of this instance still waiting and releases the store's resources. */
    @Override
    void close();

    /** What became of a delivered answer. */
    enum Delivery {
        /** A pending request (on this or another instance) received it. */
        COMPLETED,
        /** Its request had timed out or was cancelled; the answer is reported, not used. */
        LATE,
        /** No request with this key was pending or recently timed out. */
        UNMATCHED
    }
}
