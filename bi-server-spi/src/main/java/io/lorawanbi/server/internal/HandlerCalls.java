package io.lorawanbi.server.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Calls handlers off the caller's thread, so that a handler that blocks before it returns its stage
 * cannot hold a transport thread nor outlast the server's deadline. Thread-safe.
 */
public final class HandlerCalls {

    /** Threads of the default executor. */
    public static final int DEFAULT_THREADS = 64;
    /** Calls the default executor holds while all its threads are busy; beyond them a call is refused. */
    public static final int DEFAULT_QUEUE = 1024;

    private HandlerCalls() {}

    /**
     * The default executor: {@value #DEFAULT_THREADS} daemon threads named {@code bi-handler-N}, which
     * end after 60 s idle, and a queue of {@value #DEFAULT_QUEUE} calls.
     */
    public static Executor defaultExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "bi-handler-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(DEFAULT_THREADS, DEFAULT_THREADS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(DEFAULT_QUEUE), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Runs a handler call on the executor. The future fails when the call throws, returns no stage,
     * completes with {@code null} or fails; when the executor refuses the call; and, without calling the
     * handler, when the deadline has passed before a thread is free.
     *
     * @param call the handler call
     * @param executor where to run it
     * @param expired whether the request's deadline has passed
     */
    public static <T> CompletableFuture<T> invoke(Supplier<? extends CompletionStage<? extends T>> call, Executor executor,
            BooleanSupplier expired) {
        CompletableFuture<T> out = new CompletableFuture<>();
        try {
            executor.execute(() -> run(call, expired, out));
        } catch (RejectedExecutionException e) {
            out.completeExceptionally(new RejectedExecutionException("no thread is free to run the handler", e));
        }
        return out;
    }

    private static <T> void run(Supplier<? extends CompletionStage<? extends T>> call, BooleanSupplier expired,
            CompletableFuture<T> out) {
        if (expired.getAsBoolean()) {
            out.completeExceptionally(new TimeoutException("the deadline passed before the handler could run"));
            return;
        }
        try {
            CompletionStage<? extends T> stage = call.get();
            if (stage == null) {
                out.completeExceptionally(new IllegalStateException("the handler returned no stage"));
                return;
            }
            stage.whenComplete((value, failure) -> {
                if (failure != null) {
                    out.completeExceptionally(failure);
                } else if (value == null) {
                    out.completeExceptionally(new IllegalStateException("the handler completed with null"));
                } else {
                    out.complete(value);
                }
            });
        } catch (Throwable e) { // whatever a handler throws becomes its failure, never a lost thread
            out.completeExceptionally(e);
        }
    }
}
