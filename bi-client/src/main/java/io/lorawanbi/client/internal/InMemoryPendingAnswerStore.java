package io.lorawanbi.client.internal;

import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingAnswerStore;
import io.lorawanbi.client.PendingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The default {@link PendingAnswerStore}: pending requests of one instance in a map, a timer thread
 * for timeouts, and for each request that ended without its answer (timed out or cancelled) a marker
 * kept for as long again as its timeout, so that a late answer is reported as {@link Delivery#LATE}.
 * Bounded in number. Answers complete on the store's thread. Thread-safe.
 */
public final class InMemoryPendingAnswerStore implements PendingAnswerStore {

    private final Map<PendingKey, Entry> pending = new ConcurrentHashMap<>();
    private final Map<PendingKey, Long> ended = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer;
    private final int maxPending;
    private volatile boolean closed;

    /**
     * A store.
     *
     * @param maxPending how many requests may wait at once
     */
    public InMemoryPendingAnswerStore(int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be positive");
        }
        this.maxPending = maxPending;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "bi-client-pending");
            t.setDaemon(true);
            return t;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public PendingAnswer register(PendingKey key, Duration timeout) {
        Objects.requireNonNull(key, "key");
        if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (closed) {
            throw new IllegalStateException("the pending answer store is closed");
        }
        if (pending.size() >= maxPending) {
            throw new IllegalStateException("too many requests waiting for an answer (" + maxPending + ")");
        }
        Entry entry = new Entry(key, timeout);
        if (pending.putIfAbsent(key, entry) != null) {
            throw new IllegalStateException("TransactionID " + key.transactionId() + " of " + key.senderId()
                    + " is already waiting for an answer");
        }
        ended.remove(key);
        try {
            entry.expiry = timer.schedule(() -> entry.end(true), timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.remove(key, entry);
            throw new IllegalStateException("the pending answer store is closed");
        }
        return entry;
    }

    @Override
    public CompletionStage<Delivery> deliver(PendingKey key, byte[] answer) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(answer, "answer");
        Entry entry = pending.remove(key);
        if (entry != null) {
            entry.expiry.cancel(false);
            byte[] body = answer.clone();
            try {
                timer.execute(() -> entry.future.complete(body));
            } catch (RejectedExecutionException e) {
                entry.future.complete(body); // closing: complete on the caller's thread
            }
            return CompletableFuture.completedFuture(Delivery.COMPLETED);
        }
        Long until = ended.get(key);
        if (until != null && until - System.nanoTime() > 0) {
            return CompletableFuture.completedFuture(Delivery.LATE);
        }
        return CompletableFuture.completedFuture(Delivery.UNMATCHED);
    }

    /** How many requests wait for their answer. */
    public int pendingCount() {
        return pending.size();
    }

    @Override
    public void close() {
        closed = true;
        List<Entry> open = new ArrayList<>(pending.values());
        pending.clear();
        for (Entry e : open) {
            e.future.completeExceptionally(new IllegalStateException("the pending answer store was closed"));
        }
        timer.shutdownNow();
    }

    @Override
    public String toString() {
        return "InMemoryPendingAnswerStore[" + pending.size() + " pending]";
    }

    private final class Entry implements PendingAnswer {
        private final PendingKey key;
        private final Duration timeout;
        private final CompletableFuture<byte[]> future = new CompletableFuture<>();
        private volatile ScheduledFuture<?> expiry;

        Entry(PendingKey key, Duration timeout) {
            this.key = key;
            this.timeout = timeout;
        }

        @Override
        public PendingKey key() {
            return key;
        }

        @Override
        public CompletableFuture<byte[]> answer() {
            return future;
        }

        @Override
        public void cancel() {
            end(false);
        }

        void end(boolean timedOut) {
            if (!pending.remove(key, this)) {
                return; // answered, cancelled or closed already
            }
            ScheduledFuture<?> e = expiry;
            if (e != null) {
                e.cancel(false);
            }
            long keep = timeout.toNanos();
            long until = System.nanoTime() + keep;
            ended.put(key, until);
            try {
                timer.schedule(() -> ended.remove(key, until), keep, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException ignored) {
                // closing: the marker goes with the store
            }
            if (timedOut) {
                future.completeExceptionally(new TimeoutException("no answer within " + timeout.toMillis() + " ms"));
            } else {
                future.cancel(false);
            }
        }
    }
}
