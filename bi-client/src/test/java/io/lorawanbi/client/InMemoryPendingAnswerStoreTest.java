package io.lorawanbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.client.PendingAnswerStore.Delivery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryPendingAnswerStoreTest {

    private final PendingAnswerStore store = PendingAnswerStore.inMemory(2);
    private final PendingKey key = new PendingKey(Messages.NET_ID, 42);
    private final byte[] body = "{\"MessageType\":\"HomeNSAns\"}".getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDeliveredAnswerCompletesTheRegistration() throws Exception {
        PendingAnswer pending = store.register(key, Duration.ofSeconds(5));
        assertThat(store.deliver(key, body).toCompletableFuture().get()).isEqualTo(Delivery.COMPLETED);
        assertThat(pending.answer().get(5, TimeUnit.SECONDS)).isEqualTo(body);
        assertThat(store.deliver(key, body).toCompletableFuture().get()).isEqualTo(Delivery.UNMATCHED);
    }

    @Test
    void aKeyPendingTwiceIsRefused() {
        store.register(key, Duration.ofSeconds(5));
        assertThatThrownBy(() -> store.register(key, Duration.ofSeconds(5))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBoundIsKept() {
        store.register(key, Duration.ofSeconds(5));
        store.register(new PendingKey(Messages.NET_ID, 43), Duration.ofSeconds(5));
        assertThatThrownBy(() -> store.register(new PendingKey(Messages.NET_ID, 44), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("too many");
    }

    @Test
    void aTimedOutRegistrationFailsAndItsAnswerIsLate() throws Exception {
        PendingAnswer pending = store.register(key, Duration.ofMillis(100));
        assertThatThrownBy(() -> pending.answer().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(store.deliver(key, body).toCompletableFuture().get()).isEqualTo(Delivery.LATE);
        // The key is free again for a new request.
        store.register(key, Duration.ofSeconds(5));
    }

    @Test
    void aCancelledRegistrationReportsItsAnswerLate() throws Exception {
        PendingAnswer pending = store.register(key, Duration.ofSeconds(5));
        pending.cancel();
        pending.cancel();
        assertThat(pending.answer()).isCancelled();
        assertThat(store.deliver(key, body).toCompletableFuture().get()).isEqualTo(Delivery.LATE);
    }

    @Test
    void theLateMarkerEndsAfterAsLongAgain() throws Exception {
        store.register(key, Duration.ofMillis(50));
        Thread.sleep(400); // 50 ms to the timeout, 50 ms more of the marker; far past both
        assertThat(store.deliver(key, body).toCompletableFuture().get()).isEqualTo(Delivery.UNMATCHED);
    }

    @Test
    void closingFailsWhatWaitsAndRefusesMore() {
        PendingAnswer pending = store.register(key, Duration.ofSeconds(5));
        store.close();
        assertThat(pending.answer()).isCompletedExceptionally();
        assertThatThrownBy(() -> store.register(new PendingKey(Messages.NET_ID, 1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
