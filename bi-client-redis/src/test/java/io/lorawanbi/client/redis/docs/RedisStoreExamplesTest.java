package io.lorawanbi.client.redis.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisURI;
import io.lorawanbi.client.PendingAnswer;
import io.lorawanbi.client.PendingAnswerStore.Delivery;
import io.lorawanbi.client.PendingKey;
import io.lorawanbi.client.redis.RedisPendingAnswerStore;
import io.lorawanbi.client.redis.RedisServer;
import io.lorawanbi.model.NetID;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The examples shown in docs/client.md ("Several instances"), compiled and run against a real Redis. */
@Tag("redis")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RedisStoreExamplesTest {

    @Test
    void two_instances_share_pending_answers() throws Exception {
        try (RedisServer redis = RedisServer.start("example-password")) {
            String redisHost = "127.0.0.1";
            int redisPort = redis.port();
            char[] redisPassword = "example-password".toCharArray();
            List<String> lateAnswers = new CopyOnWriteArrayList<>();
            NetID ourNetId = NetID.parse("000013");
            long transactionId = 4711;
            byte[] postedBody = "{\"MessageType\":\"HomeNSAns\",\"TransactionID\":4711}".getBytes(UTF_8);

            // tag::redis-store[]
            RedisPendingAnswerStore pending = RedisPendingAnswerStore.builder()
                    .redisUri(RedisURI.Builder.redis(redisHost, redisPort)
                            .withPassword(redisPassword) // never shown in toString, logs or exceptions
                            .build())
                    .keyPrefix("fns-eu1:pending:") // the same on every instance of one deployment
                    .lateAnswerListener((key, answer, reason) -> lateAnswers.add(key.transactionId() + " " + reason))
                    .build();
            // end::redis-store[]
            try (RedisPendingAnswerStore instanceA = pending;
                    RedisPendingAnswerStore instanceB = RedisPendingAnswerStore.builder()
                            .redisUri(redis.uri()).keyPrefix("fns-eu1:pending:").build()) {
                // tag::redis-flow[]
                // Instance A, before it sends an asynchronous request:
                PendingAnswer waiting = instanceA.register(new PendingKey(ourNetId, transactionId), Duration.ofSeconds(10));

                // Instance B, whose endpoint received the answer the peer posted later:
                Delivery delivery = instanceB.deliver(new PendingKey(ourNetId, transactionId), postedBody)
                        .toCompletableFuture().get(5, TimeUnit.SECONDS); // COMPLETED, LATE or UNMATCHED

                // Instance A:
                byte[] answer = waiting.answer().get(10, TimeUnit.SECONDS);
                // end::redis-flow[]
                assertThat(delivery).isEqualTo(Delivery.COMPLETED);
                assertThat(answer).isEqualTo(postedBody);
                // A repeated answer, here received by A's endpoint, is late and reported on A.
                assertThat(instanceA.deliver(new PendingKey(ourNetId, transactionId), postedBody)
                        .toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo(Delivery.LATE);
                assertThat(lateAnswers).containsExactly("4711 ALREADY_ANSWERED");
            }
        }
    }
}
