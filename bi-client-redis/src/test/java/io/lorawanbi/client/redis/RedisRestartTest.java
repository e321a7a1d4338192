package io.lorawanbi.client.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingAnswerStore.Delivery;
import io.lorawanbi.client.PendingKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Redis stopped and started again on the same port (losing its data, as a restart without
 * persistence does) while two instances have a request waiting; and a server with a password.
 */
@Tag("redis")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RedisRestartTest {

    private static final String PASSWORD = "s3cret-redis-pw";

    @Test
    void a_waiting_request_survives_a_restart_and_both_instances_work_afterwards() throws Exception {
        try (RedisServer redis = RedisServer.start(PASSWORD);
                RedisPendingAnswerStore a = store(redis);
                RedisPendingAnswerStore b = store(redis)) {
            PendingKey waiting = new PendingKey(RedisPendingAnswerStoreTest.SENDER, 1001);
            PendingAnswer pending = a.register(waiting, Duration.ofSeconds(60));

            redis.stop();

            // Down: both operations fail clearly, within the operation timeout, and name no password.
            PendingKey during = new PendingKey(RedisPendingAnswerStoreTest.SENDER, 1002);
            assertThatThrownBy(() -> a.register(during, Duration.ofSeconds(10)))
                    .isInstanceOf(PendingStoreUnavailableException.class)
                    .hasMessageContaining("register SenderID 000013 TransactionID 1002")
                    .hasMessageContaining("Redis at 127.0.0.1:" + redis.port())
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(PASSWORD));
            assertThatThrownBy(() -> b.deliver(waiting, "x".getBytes(UTF_8)).toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(PendingStoreUnavailableException.class)
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(PASSWORD));
            assertThat(pending.answer()).isNotDone();

            redis.restart(); // same port, empty

            // Once the instances have reconnected, the waiting request is back in Redis and the
            // answer delivered through the other instance completes it.
            Delivery delivery = deliverWhenBack(b, waiting, "{\"answer\":1001}".getBytes(UTF_8));
            assertThat(delivery).isEqualTo(Delivery.COMPLETED);
            assertThat(pending.answer().get(20, TimeUnit.SECONDS)).asString(UTF_8).isEqualTo("{\"answer\":1001}");

            // And new requests go both ways.
            PendingKey after = new PendingKey(RedisPendingAnswerStoreTest.SENDER, 1003);
            PendingAnswer next = b.register(after, Duration.ofSeconds(20));
            assertThat(a.deliver(after, "{}".getBytes(UTF_8)).toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .isEqualTo(Delivery.COMPLETED);
            assertThat(next.answer().get(10, TimeUnit.SECONDS)).asString(UTF_8).isEqualTo("{}");
            assertThat(a.toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void with_an_injected_client_a_command_waiting_for_redis_gives_up_at_the_operation_timeout_and_never_runs_later()
            throws Exception {
        RedisClient client = RedisClient.create(); // default options: commands wait while disconnected
        try (RedisServer redis = RedisServer.start()) {
            PendingKey key = new PendingKey(RedisPendingAnswerStoreTest.SENDER, 2001);
            try (RedisPendingAnswerStore store = RedisPendingAnswerStore.builder().redisClient(client)
                    .redisUri(redis.uri()).operationTimeout(Duration.ofMillis(500)).build()) {
                redis.stop();

                assertThatThrownBy(() -> store.register(key, Duration.ofSeconds(30)))
                        .isInstanceOf(PendingStoreUnavailableException.class)
                        .hasMessageContaining("no reply within PT0.5S");

                redis.restart();
                PendingKey probe = new PendingKey(RedisPendingAnswerStoreTest.SENDER, 2002);
                assertThat(deliverWhenBack(store, probe, "{}".getBytes(UTF_8), true)).isEqualTo(Delivery.UNMATCHED);

                // The register that gave up was not sent after the reconnection: the key is free.
                PendingAnswer pending = store.register(key, Duration.ofSeconds(30));
                pending.cancel();
            }
            // The store closed its connections, not the client it was given.
            try (var connection = client.connect(redis.uri())) {
                assertThat(connection.sync().ping()).isEqualTo("PONG");
            }
        } finally {
            client.shutdown(0, 2, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_wrong_password_fails_the_build_without_showing_any_password() {
        try (RedisServer redis = RedisServer.start(PASSWORD)) {
            String uri = "redis://not-the-password@127.0.0.1:" + redis.port();
            RedisPendingAnswerStore.Builder builder = RedisPendingAnswerStore.builder().redisUri(uri);

            assertThat(builder.toString()).doesNotContain("not-the-password");
            assertThatThrownBy(builder::build)
                    .isInstanceOf(PendingStoreUnavailableException.class)
                    .hasMessageContaining("could not connect to Redis at 127.0.0.1:" + redis.port())
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("not-the-password"));
        }
    }

    private static RedisPendingAnswerStore store(RedisServer redis) {
        return RedisPendingAnswerStore.builder().redisUri(redis.uri())
                .operationTimeout(Duration.ofSeconds(2)).build();
    }

    /** Delivers until Redis is reachable again and the waiting instance has restored its key (bounded). */
    private static Delivery deliverWhenBack(RedisPendingAnswerStore store, PendingKey key, byte[] answer)
            throws InterruptedException {
        return deliverWhenBack(store, key, answer, false);
    }

    /** As above; with {@code anyReply}, the first reply of Redis, UNMATCHED included. */
    private static Delivery deliverWhenBack(RedisPendingAnswerStore store, PendingKey key, byte[] answer,
            boolean anyReply) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Delivery last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = store.deliver(key, answer).toCompletableFuture().get(10, TimeUnit.SECONDS);
                if (anyReply || last != Delivery.UNMATCHED) {
                    return last;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException stillDown) {
                // reconnecting
            }
            Thread.sleep(100);
        }
        return last;
    }

    static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
