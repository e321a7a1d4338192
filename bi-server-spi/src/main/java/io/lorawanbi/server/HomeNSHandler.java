package io.lorawanbi.server;

import io.lorawanbi.model.message.HomeNSReq;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Answers "which network is this device's home?" (TS002 §3.2 HomeNSReq, docs/reference.md §5): from a
 * HomeNSReq to a {@link HomeNSOutcome}. The server derives the whole HomeNSAns (IDs, tokens and NSIDs
 * swapped, TransactionID and version copied, HNSID only in 1.1) and answers every protocol error
 * itself. The lookup key is normally (ReceiverID = JoinEUI, DevEUI).
 *
 * <p>Implementations must be thread-safe. They may complete later. {@code BiServer} calls every
 * handler on its handler executor ({@code BiServer.Builder#handlerExecutor}), so its
 * {@code handlerTimeout} holds even for a lookup that blocks; {@link #blocking(Blocking, Executor)}
 * runs a blocking lookup on an executor of your own instead.
 */
@FunctionalInterface
public interface HomeNSHandler {

    /**
     * Looks a device up.
     *
     * @param request the decoded, validated HomeNSReq
     * @param context the authenticated peer, the deadline and transport attributes
     * @return the outcome
     */
    CompletionStage<HomeNSOutcome> resolve(HomeNSReq request, RequestContext context);

    /** A lookup that blocks the calling thread. */
    @FunctionalInterface
    interface Blocking {
        /**
         * Looks a device up.
         *
         * @return the outcome
         * @throws Exception any failure, answered with {@code Other}
         */
        HomeNSOutcome resolve(HomeNSReq request, RequestContext context) throws Exception;
    }

    /**
     * A handler that runs a blocking lookup on the given executor, so the transport's thread is not
     * held.
     */
    static HomeNSHandler blocking(Blocking lookup, Executor executor) {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(executor, "executor");
        return (request, context) -> CompletableFuture.supplyAsync(() -> {
            try {
                return lookup.resolve(request, context);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, executor);
    }

    /**
     * A handler that runs a lookup on the thread that calls it and returns a completed stage: meant
     * for a quick lookup (an in-memory map). Under {@code BiServer} that thread is one of the handler
     * executor's, so a lookup that blocks is still answered {@code Other} at the deadline; with
     * {@code handlerExecutor(Runnable::run)} it is the transport's thread and a blocking lookup is not
     * bounded.
     */
    static HomeNSHandler immediate(Blocking lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return (request, context) -> {
            try {
                return CompletableFuture.completedFuture(lookup.resolve(request, context));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }
}
