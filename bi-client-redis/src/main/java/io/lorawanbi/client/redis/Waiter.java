package io.lorawanbi.client.redis;

import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;

/** One request of this instance waiting in a {@link RedisPendingAnswerStore}. */
final class Waiter implements PendingAnswer {

    private final RedisPendingAnswerStore store;
    private final PendingKey key;
    final String redisKey;
    final long timeoutMillis;
    final long deadlineNanos;
    final CompletableFuture<byte[]> answer = new CompletableFuture<>();
    volatile @Nullable ScheduledFuture<?> timer;

    Waiter(RedisPendingAnswerStore store, PendingKey key, String redisKey, long timeoutMillis, long deadlineNanos) {
        this.store = store;
        this.key = key;
        this.redisKey = redisKey;
        this.timeoutMillis = timeoutMillis;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public PendingKey key() {
        return key;
    }

    @Override
    public CompletableFuture<byte[]> answer() {
        return answer;
    }

    @Override
    public void cancel() {
        store.cancel(this);
    }

    void stopTimer() {
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "PendingAnswer[SenderID " + key.senderId() + ", TransactionID " + key.transactionId()
                + (answer.isDone() ? ", done]" : ", waiting]");
    }
}
