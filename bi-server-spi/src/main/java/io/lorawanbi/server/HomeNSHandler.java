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
     * A lookup that never blocks (an in-memory map, a local cache), which {@code BiServer} calls on the
     * thread handling the request, without the hand-off to its handler executor and back (a thread
     * wake-up each way: several microseconds, more than the rest of a HomeNSReq exchange; see
     * docs/performance.md). The price is the handler timeout: it cannot interrupt a call on the
     * transport's thread, so a lookup given here that blocks (a database, a remote call, a lock held
     * elsewhere) holds that thread for as long as it blocks. Use {@link #immediate} or
     * {@link #blocking} for those. A lookup that throws is answered {@code Other}, as with any handler.
     */
    static HomeNSHandler nonBlocking(Blocking lookup) {
        return new io.lorawanbi.server.internal.InlineLookup(lookup);
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
