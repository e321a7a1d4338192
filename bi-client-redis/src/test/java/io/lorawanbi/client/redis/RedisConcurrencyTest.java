package io.lorawanbi.client.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingAnswerStore.Delivery;
import io.lorawanbi.client.PendingKey;
import io.lorawanbi.model.NetID;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bounded concurrency between two instances: registrations, repeated deliveries, timeouts racing answers. */
@Tag("redis")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RedisConcurrencyTest {

    private static RedisServer redis;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    private static RedisPendingAnswerStore store() {
        return RedisPendingAnswerStore.builder().redisUri(redis.uri()).lateAnswerListener(new RecordingListener()).build();
    }

    @Test
    void concurrent_registrations_on_two_instances_each_get_their_own_answer() throws Exception {
        NetID sender = NetID.parse("000101");
        int perThread = 50;
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (RedisPendingAnswerStore a = store(); RedisPendingAnswerStore b = store()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<PendingAnswer>>> registered = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RedisPendingAnswerStore on = t % 2 == 0 ? a : b;
                int base = t * perThread;
                registered.add(pool.submit(() -> {
                    start.await();
                    List<PendingAnswer> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(on.register(new PendingKey(sender, base + i), Duration.ofSeconds(60)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<PendingAnswer> all = new ArrayList<>();
            for (Future<List<PendingAnswer>> f : registered) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * perThread);

            // Every answer delivered concurrently, each through the instance that did not register it.
            List<CompletableFuture<Delivery>> deliveries = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                PendingKey key = all.get(i).key();
                RedisPendingAnswerStore other = (key.transactionId() / perThread) % 2 == 0 ? b : a;
                deliveries.add(other.deliver(key, ("{\"n\":" + key.transactionId() + "}").getBytes(UTF_8))
                        .toCompletableFuture());
            }
            for (CompletableFuture<Delivery> d : deliveries) {
                assertThat(d.get(30, TimeUnit.SECONDS)).isEqualTo(Delivery.COMPLETED);
            }
            for (PendingAnswer p : all) {
                assertThat(p.answer().get(30, TimeUnit.SECONDS)).asString(UTF_8)
                        .isEqualTo("{\"n\":" + p.key().transactionId() + "}");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_same_key_registered_at_once_on_both_instances_is_granted_once() throws Exception {
        NetID sender = NetID.parse("000102");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RedisPendingAnswerStore a = store(); RedisPendingAnswerStore b = store()) {
            for (long tx = 0; tx < 100; tx++) {
                PendingKey key = new PendingKey(sender, tx);
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> onA = pool.submit(() -> tryRegister(a, key, start));
                Future<Boolean> onB = pool.submit(() -> tryRegister(b, key, start));
                start.countDown();
                assertThat(onA.get(10, TimeUnit.SECONDS) ^ onB.get(10, TimeUnit.SECONDS))
                        .as("exactly one instance registers TransactionID %d", tx).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean tryRegister(RedisPendingAnswerStore store, PendingKey key, CountDownLatch start)
            throws InterruptedException {
        start.await();
        try {
            store.register(key, Duration.ofSeconds(30));
            return true;
        } catch (IllegalStateException taken) {
            return false;
        }
    }

    @Test
    void repeated_deliveries_at_once_complete_a_request_exactly_once() throws Exception {
        NetID sender = NetID.parse("000103");
        try (RedisPendingAnswerStore a = store(); RedisPendingAnswerStore b = store()) {
            for (long tx = 0; tx < 50; tx++) {
                PendingKey key = new PendingKey(sender, tx);
                PendingAnswer pending = a.register(key, Duration.ofSeconds(30));
                List<CompletableFuture<Delivery>> copies = List.of(
                        a.deliver(key, "1".getBytes(UTF_8)).toCompletableFuture(),
                        b.deliver(key, "2".getBytes(UTF_8)).toCompletableFuture(),
                        b.deliver(key, "3".getBytes(UTF_8)).toCompletableFuture());
                int completed = 0;
                String winner = null;
                for (int i = 0; i < copies.size(); i++) {
                    Delivery d = copies.get(i).get(10, TimeUnit.SECONDS);
                    assertThat(d).isIn(Delivery.COMPLETED, Delivery.LATE);
                    if (d == Delivery.COMPLETED) {
                        completed++;
                        winner = String.valueOf(i + 1);
                    }
                }
                assertThat(completed).isEqualTo(1);
                assertThat(pending.answer().get(10, TimeUnit.SECONDS)).asString(UTF_8).isEqualTo(winner);
            }
        }
    }

    /**
     * Answers timed to arrive around the timeout: whatever deliver says is what the waiting request
     * saw. COMPLETED means the request got that answer; LATE (or UNMATCHED, for a delivery that a
     * loaded machine ran after the late window) means it timed out. Never both, never neither.
     */
    @Test
    void a_timeout_racing_a_delivery_has_one_outcome_on_both_sides() throws Exception {
        NetID sender = NetID.parse("000104");
        int count = 200;
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        try (RedisPendingAnswerStore a = store(); RedisPendingAnswerStore b = store()) {
            List<PendingAnswer> pendings = new ArrayList<>();
            List<CompletableFuture<Delivery>> deliveries = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int i = n;
                PendingKey key = new PendingKey(sender, i);
                PendingAnswer pending = a.register(key, Duration.ofMillis(300));
                CompletableFuture<Delivery> delivery = new CompletableFuture<>();
                timer.schedule(() -> b.deliver(key, body(i)).whenComplete((d, e) -> {
                    if (e != null) {
                        delivery.completeExceptionally(e);
                    } else {
                        delivery.complete(d);
                    }
                }), 250 + (i % 101), TimeUnit.MILLISECONDS); // 250 to 350 ms after registering
                pendings.add(pending);
                deliveries.add(delivery);
            }
            for (int i = 0; i < count; i++) {
                Delivery d = deliveries.get(i).get(30, TimeUnit.SECONDS);
                outcomes.computeIfAbsent(d.name(), k -> new AtomicInteger()).incrementAndGet();
                CompletableFuture<byte[]> answer = pendings.get(i).answer();
                if (d == Delivery.COMPLETED) {
                    assertThat(answer.get(30, TimeUnit.SECONDS)).as("request %d", i).isEqualTo(body(i));
                } else {
                    assertThat(d).isIn(Delivery.LATE, Delivery.UNMATCHED);
                    try {
                        answer.get(30, TimeUnit.SECONDS);
                        throw new AssertionError("request " + i + " completed, but its delivery was LATE");
                    } catch (ExecutionException expected) {
                        assertThat(expected).hasCauseInstanceOf(TimeoutException.class);
                    }
                }
            }
        } finally {
            timer.shutdownNow();
        }
        assertThat(outcomes.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(count);
    }

    private static byte[] body(int i) {
        return ("{\"i\":" + i + "}").getBytes(UTF_8);
    }
}
