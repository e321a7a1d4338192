package io.lorawanbi.client.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.client.BiClient;
import io.lorawanbi.client.BiPeer;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.ServerListener;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances of a network server, each a {@link BiClient} on a shared Redis store with its own
 * Backend Interfaces endpoint ({@link BiServer} on {@link BiHttpServer}). Instance A asks an
 * asynchronous Join Server (the library's own server in async mode) for a device's home network; the
 * Join Server posts its HomeNSAns to instance B's endpoint, and A's call completes with it.
 */
@Tag("redis")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class TwoInstancesEndToEndTest {

    private static final NetID NET_ID = NetID.parse("000013");
    private static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    private static final NetID HOME = NetID.parse("600000");

    /** One instance: its store, its client, and its endpoint, which hands posted answers to its client. */
    private record Instance(RedisPendingAnswerStore store, BiClient client, BiHttpServer endpoint,
            List<IntakeOutcome> intake) implements AutoCloseable {

        static Instance start(RedisServer redis, java.net.URI joinServer) {
            RedisPendingAnswerStore store = RedisPendingAnswerStore.builder().redisUri(redis.uri()).build();
            BiClient client = BiClient.builder().pendingStore(store)
                    .defaultPeer(BiPeer.builder(joinServer).protocolVersion(ProtocolVersion.V1_1)
                            .async(Duration.ofSeconds(30)).build())
                    .build();
            List<IntakeOutcome> intake = new CopyOnWriteArrayList<>();
            BiServer server = BiServer.builder()
                    .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(JOIN_EUI)))
                    .answersFor(NET_ID)
                    .answersTo(client)
                    .listener(new ServerListener() {
                        @Override
                        public void answerReceived(Header answerHeader, IntakeOutcome outcome, Duration elapsed) {
                            intake.add(outcome);
                        }
                    })
                    .build();
            BiHttpServer endpoint = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
            return new Instance(store, client, endpoint, intake);
        }

        @Override
        public void close() {
            endpoint.close();
            client.close(); // closes the store
        }
    }

    @Test
    void the_answer_posted_to_the_instance_that_did_not_send_completes_the_others_call() throws Exception {
        java.net.URI joinServerUri = java.net.URI.create("http://127.0.0.1:" + RedisServer.freePort() + "/");
        try (RedisServer redis = RedisServer.start();
                Instance a = Instance.start(redis, joinServerUri);
                Instance b = Instance.start(redis, joinServerUri);
                // The Join Server answers NetID 000013 asynchronously, posting to instance B's endpoint.
                BiHttpServer joinServer = BiHttpServer.http(BiServer.builder()
                        .homeNsHandler(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(HOME)))
                        .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(NET_ID)))
                        .answersFor(JOIN_EUI)
                        .answerMode(NET_ID, AnswerMode.async(b.endpoint().uri()))
                        .build(), new InetSocketAddress("127.0.0.1", joinServerUri.getPort()))) {
            for (int i = 0; i < 5; i++) {
                HomeNSReq request = HomeNSReq.builder().senderId(NET_ID).receiverId(JOIN_EUI)
                        .senderToken(HexBytes.parse("0a0b")).devEui(EUI64.parse("010203040506070" + i)).build();

                HomeNSAns answer = a.client().sendAsync(request).toCompletableFuture().get(30, TimeUnit.SECONDS);

                assertThat(answer.isSuccess()).isTrue();
                assertThat(answer.hNetId()).isEqualTo(HOME);
            }
            // Every answer came in through B's endpoint, and each completed A's pending call.
            assertThat(b.intake()).containsExactly(IntakeOutcome.MATCHED, IntakeOutcome.MATCHED,
                    IntakeOutcome.MATCHED, IntakeOutcome.MATCHED, IntakeOutcome.MATCHED);
            assertThat(a.intake()).isEmpty();
        }
    }
}
