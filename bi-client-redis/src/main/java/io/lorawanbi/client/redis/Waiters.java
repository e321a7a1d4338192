package io.lorawanbi.client.redis;

import io.lorawanbi.client.redis.internal.Scripts;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The requests of this instance that wait in Redis, and the ways their wait ends: the answer taken
 * after its announcement or after a reconnection, the timeout, a cancellation, the store's closing.
 * Completions run on the store's own thread, never on Lettuce's I/O threads.
 */
final class Waiters {

    private static final System.Logger LOG = RedisPendingAnswerStore.LOG;

    private final ConcurrentHashMap<String, Waiter> waiting = new ConcurrentHashMap<>();
    private final RedisCalls calls;
    private final String where;
    private final ScheduledThreadPoolExecutor timers;
    final Executor callbacks;

    Waiters(RedisCalls calls, String where) {
        this.calls = calls;
        this.where = where;
        this.timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "bi-redis-pending-answers");
            t.setDaemon(true);
            return t;
        });
        this.timers.setRemoveOnCancelPolicy(true);
        this.callbacks = task -> {
            try {
                timers.execute(task);
            } catch (RejectedExecutionException closing) {
                task.run();
            }
        };
    }

    /** Adds the waiter unless its key already waits here. */
    boolean add(Waiter waiter) {
        return waiting.putIfAbsent(waiter.redisKey, waiter) == null;
    }

    void remove(Waiter waiter) {
        waiting.remove(waiter.redisKey, waiter);
    }

    int size() {
        return waiting.size();
    }

    /** Starts the waiter's timeout; fails it at once if the store closed meanwhile. */
    void startTimer(Waiter waiter, Duration timeout, Supplier<RuntimeException> closed) {
        try {
            waiter.timer = timers.schedule(() -> timeOut(waiter), timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            fail(waiter, closed.get());
        }
    }

    /** An answer for the key was announced: take it if the key waits here. */
    void announced(String redisKey) {
        Waiter waiter = waiting.get(redisKey);
        if (waiter != null) {
            take(waiter, Scripts.TAKE);
        }
    }

    /** After (re)subscribing: takes answers announced while not listening, restores keys Redis lost. */
    void resume() {
        long now = System.nanoTime();
        for (Waiter waiter : waiting.values()) {
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(waiter.deadlineNanos - now);
            if (remainingMillis > 0) {
                take(waiter, Scripts.RESUME, ascii(remainingMillis), ascii(waiter.timeoutMillis));
            }
        }
    }

    /** Ends the wait and marks the key cancelled in Redis before returning (bounded wait). */
    void cancel(Waiter waiter) {
        if (waiting.remove(waiter.redisKey, waiter)) {
            waiter.stopTimer();
            waiter.answer.cancel(false);
            try {
                markCancelled(waiter).get(calls.operationTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.log(Level.DEBUG, () -> "could not mark " + RedisPendingAnswerStore.describe(waiter.key())
                        + " cancelled in " + where + "; until its deadline an answer counts as completed");
            }
        }
    }

    /** Fails every waiter, marks each cancelled in Redis (bounded wait), stops the timers. */
    void closeAll(Supplier<RuntimeException> closed) {
        List<CompletableFuture<?>> marks = new ArrayList<>();
        for (Waiter waiter : waiting.values()) {
            if (waiting.remove(waiter.redisKey, waiter)) {
                waiter.stopTimer();
                marks.add(markCancelled(waiter));
                waiter.answer.completeExceptionally(closed.get());
            }
        }
        try {
            CompletableFuture.allOf(marks.toArray(CompletableFuture[]::new))
                    .get(calls.operationTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, () -> "closing: could not mark every waiting request cancelled in " + where);
        }
        timers.shutdownNow();
    }

    private CompletableFuture<byte[]> markCancelled(Waiter waiter) {
        return calls.eval(Scripts.END, waiter.redisKey, ascii("C"), ascii(waiter.timeoutMillis));
    }

    /** The timeout: takes an answer that just arrived, or marks the key timed out and fails the wait. */
    private void timeOut(Waiter waiter) {
        if (waiting.get(waiter.redisKey) != waiter) {
            return;
        }
        calls.eval(Scripts.END, waiter.redisKey, ascii("T"), ascii(waiter.timeoutMillis))
                .whenCompleteAsync((result, error) -> {
                    if (error == null && isAnswer(result)) {
                        complete(waiter, result);
                        return;
                    }
                    if (error != null) {
                        LOG.log(Level.DEBUG, () -> "could not mark " + RedisPendingAnswerStore.describe(waiter.key())
                                + " timed out in " + where + "; Redis's clock makes later answers late");
                    }
                    fail(waiter, new TimeoutException("no answer for " + RedisPendingAnswerStore.describe(waiter.key())
                            + " within " + Duration.ofMillis(waiter.timeoutMillis)));
                }, callbacks);
    }

    private void take(Waiter waiter, String script, byte[]... args) {
        calls.eval(script, waiter.redisKey, args).whenCompleteAsync((result, error) -> {
            if (error != null) {
                LOG.log(Level.DEBUG, () -> "could not take the answer to " + RedisPendingAnswerStore.describe(waiter.key())
                        + " from " + where + "; taken after the next reconnection or at the timeout");
            } else if (isAnswer(result)) {
                complete(waiter, result);
            } else if (result != null && result.length == 1 && result[0] == 'R') {
                LOG.log(Level.INFO, () -> RedisPendingAnswerStore.describe(waiter.key())
                        + " registered again: " + where + " had lost it");
            }
        }, callbacks);
    }

    private void complete(Waiter waiter, byte[] result) {
        if (waiting.remove(waiter.redisKey, waiter)) {
            waiter.stopTimer();
            waiter.answer.complete(Arrays.copyOfRange(result, 1, result.length));
        }
    }

    void fail(Waiter waiter, Throwable error) {
        if (waiting.remove(waiter.redisKey, waiter)) {
            waiter.stopTimer();
            waiter.answer.completeExceptionally(error);
        }
    }

    private static boolean isAnswer(byte[] result) {
        return result != null && result.length > 0 && result[0] == 'A';
    }

    static byte[] ascii(Object value) {
        return String.valueOf(value).getBytes(StandardCharsets.US_ASCII);
    }
}
