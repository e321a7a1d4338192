package io.lorawanbi.client.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingAnswerStore.Delivery;
import io.lorawanbi.client.PendingKey;
import io.lorawanbi.client.redis.internal.KeyNames;
import io.lorawanbi.client.redis.internal.Scripts;
import io.lorawanbi.model.NetID;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two stores on one real Redis stand for two instances of a network server: what one registers, the
 * other completes by delivering the answer its endpoint received.
 */
@Tag("redis")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisPendingAnswerStoreTest {

    static final NetID SENDER = NetID.parse("000013");
    private static final AtomicLong NEXT_TRANSACTION = new AtomicLong(1);

    private static RedisServer redis;
    private final RecordingListener reportsA = new RecordingListener();
    private final RecordingListener reportsB = new RecordingListener();
    private RedisPendingAnswerStore a;
    private RedisPendingAnswerStore b;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void twoInstances() {
        a = RedisPendingAnswerStore.builder().redisUri(redis.uri()).lateAnswerListener(reportsA).build();
        b = RedisPendingAnswerStore.builder().redisUri(redis.uri()).lateAnswerListener(reportsB).build();
    }

    @AfterEach
    void closeInstances() {
        a.close();
        b.close();
    }

    static PendingKey newKey() {
        return new PendingKey(SENDER, NEXT_TRANSACTION.getAndIncrement());
    }

    static byte[] body(PendingKey key) {
        return ("{\"TransactionID\":" + key.transactionId() + ",\"MessageType\":\"HomeNSAns\"}").getBytes(UTF_8);
    }

    static Delivery deliver(RedisPendingAnswerStore store, PendingKey key, byte[] answer) throws Exception {
        return store.deliver(key, answer).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void an_answer_delivered_on_the_other_instance_completes_the_waiting_request() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofSeconds(20));

        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.COMPLETED);

        assertThat(pending.answer().get(10, TimeUnit.SECONDS)).isEqualTo(body(key));
        assertThat(pending.key()).isEqualTo(key);
        assertThat(reportsA.reports).isEmpty();
        assertThat(reportsB.reports).isEmpty();
    }

    @Test
    void an_answer_delivered_on_the_waiting_instance_completes_it_too() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofSeconds(20));

        assertThat(deliver(a, key, body(key))).isEqualTo(Delivery.COMPLETED);

        assertThat(pending.answer().get(10, TimeUnit.SECONDS)).isEqualTo(body(key));
    }

    @Test
    void a_second_delivery_of_the_same_answer_is_late_and_reported() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofSeconds(20));
        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.COMPLETED);

        // Before and after the waiting instance took the answer: never a second completion.
        assertThat(deliver(a, key, body(key))).isEqualTo(Delivery.LATE);
        pending.answer().get(10, TimeUnit.SECONDS);
        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.LATE);

        String report = "ALREADY_ANSWERED 000013/" + key.transactionId() + " " + new String(body(key), UTF_8);
        assertThat(reportsA.reports).containsExactly(report);
        assertThat(reportsB.reports).containsExactly(report);
    }

    @Test
    void an_answer_after_the_timeout_is_late_and_reported() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofMillis(300));

        assertThatThrownBy(() -> pending.answer().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TimeoutException.class)
                .hasMessageContaining("TransactionID " + key.transactionId());

        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.LATE);
        assertThat(reportsB.reports).containsExactly(
                "TIMED_OUT 000013/" + key.transactionId() + " " + new String(body(key), UTF_8));
        // The key stays marked for the late window: it cannot be registered again meanwhile.
        assertThatThrownBy(() -> b.register(key, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("choose another TransactionID");
    }

    @Test
    void the_late_mark_expires_after_the_timeout_again() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofMillis(200));
        assertThatThrownBy(() -> pending.answer().get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);

        Thread.sleep(700); // past the late window (200 ms after the timeout), with margin
        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.UNMATCHED);
    }

    @Test
    void an_answer_nobody_waits_for_is_unmatched_and_reported() throws Exception {
        PendingKey key = newKey();

        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.UNMATCHED);

        assertThat(reportsB.reports).containsExactly(
                "UNMATCHED 000013/" + key.transactionId() + " " + new String(body(key), UTF_8));
    }

    @Test
    void an_answer_to_a_cancelled_request_is_late() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofSeconds(20));

        pending.cancel();
        pending.cancel(); // idempotent

        assertThat(pending.answer()).isCancelled();
        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.LATE);
        assertThat(reportsB.reports).last().asString().startsWith("CANCELLED 000013/" + key.transactionId());
    }

    @Test
    void closing_fails_the_waiting_requests_and_their_answers_are_late() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofSeconds(20));

        a.close();

        assertThatThrownBy(() -> pending.answer().get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.LATE);
        assertThatThrownBy(() -> a.register(newKey(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> a.deliver(key, body(key)).toCompletableFuture().get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(a.toString()).contains("closed");
    }

    @Test
    void a_key_pending_on_one_instance_cannot_be_registered_on_either() {
        PendingKey key = newKey();
        a.register(key, Duration.ofSeconds(20));

        assertThatThrownBy(() -> a.register(key, Duration.ofSeconds(20)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already pending on this instance");
        assertThatThrownBy(() -> b.register(key, Duration.ofSeconds(20)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TransactionID " + key.transactionId());
    }

    @Test
    void the_same_transaction_of_another_sender_is_another_key() throws Exception {
        PendingKey key = newKey();
        PendingKey other = new PendingKey(NetID.parse("000014"), key.transactionId());
        PendingAnswer first = a.register(key, Duration.ofSeconds(20));
        PendingAnswer second = b.register(other, Duration.ofSeconds(20));

        assertThat(deliver(a, other, "second".getBytes(UTF_8))).isEqualTo(Delivery.COMPLETED);
        assertThat(deliver(b, key, "first".getBytes(UTF_8))).isEqualTo(Delivery.COMPLETED);

        assertThat(first.answer().get(10, TimeUnit.SECONDS)).asString(UTF_8).isEqualTo("first");
        assertThat(second.answer().get(10, TimeUnit.SECONDS)).asString(UTF_8).isEqualTo("second");
    }

    @Test
    void an_answer_whose_announcement_was_missed_is_taken_after_resubscribing() throws Exception {
        PendingKey key = newKey();
        PendingAnswer pending = a.register(key, Duration.ofSeconds(30));
        RedisClient raw = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> c = raw.connect()) {
            // The answer is stored as a delivery stores it, but announced where nobody listens: as if
            // the subscription had been down at that moment.
            String redisKey = new KeyNames(RedisPendingAnswerStore.Builder.DEFAULT_KEY_PREFIX).key(key);
            Object status = c.sync().eval(Scripts.DELIVER, ScriptOutputType.VALUE, new String[] {redisKey},
                    new String(body(key), UTF_8), "nobody-listens-here");
            assertThat(status).isEqualTo("C");
            assertThat(pending.answer()).isNotDone();

            // The subscription drops; Lettuce reconnects and subscribes again, and the store looks.
            c.sync().clientKill(io.lettuce.core.KillArgs.Builder.typePubsub());
        } finally {
            raw.shutdown(0, 2, TimeUnit.SECONDS);
        }

        assertThat(pending.answer().get(20, TimeUnit.SECONDS)).isEqualTo(body(key));
    }

    @Test
    void to_string_names_the_server_and_the_channel() {
        assertThat(a.toString()).isEqualTo("RedisPendingAnswerStore[Redis at 127.0.0.1:" + redis.port()
                + ", channel lorawan-bi:pending:answers, 0 waiting]");
    }

    @Test
    void stores_with_different_prefixes_do_not_share_requests() throws Exception {
        try (RedisPendingAnswerStore other = RedisPendingAnswerStore.builder().redisUri(redis.uri())
                .keyPrefix("other-deployment:").build()) {
            PendingKey key = newKey();
            PendingAnswer pending = a.register(key, Duration.ofSeconds(20));

            assertThat(deliver(other, key, body(key))).isEqualTo(Delivery.UNMATCHED);
            assertThat(pending.answer()).isNotDone();
            assertThat(deliver(b, key, body(key))).isEqualTo(Delivery.COMPLETED);
            assertThat(pending.answer().get(10, TimeUnit.SECONDS)).isEqualTo(body(key));
        }
    }
}
