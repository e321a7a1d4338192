package io.lorawanbi.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.client.BiClientException.Kind;
import io.lorawanbi.testkit.peer.FakeBiPeer;
import io.lorawanbi.testkit.peer.RecordedRequest;
import io.lorawanbi.testkit.peer.Reply;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BiClient in asynchronous mode (docs/reference.md §1.2): the request is acknowledged with an empty 2xx
 * response, the answer POSTed back to an AsyncAnswerReceiver and matched by TransactionID.
 */
@Timeout(20)
class BiClientAsyncTest {

    static final Duration WAIT = Duration.ofSeconds(5);

    AsyncAnswerReceiver receiver;

    @BeforeEach
    void start() {
        receiver = AsyncAnswerReceiver.start();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void the_answer_of_a_bi_server_in_async_mode_arrives_through_the_receiver(String version) {
        try (BiHttpServer http = BiHttpServer.http(Peers.server(AnswerMode.async(receiver.uri())),
                new InetSocketAddress("127.0.0.1", 0))) {
            BiClient client = BiClient.builder(http.uri()).asyncAnswers(receiver).timeout(WAIT).build();
            HomeNSReq request = Peers.request(ProtocolVersion.of(version), Peers.KNOWN);

            HomeNSAns answer = client.send(request);

            assertThat(answer).isEqualTo(Peers.success(request));
            assertThat(receiver.pendingCount()).isZero();
            assertThat(receiver.unmatchedCount()).isZero();
        }
    }

    @Test
    void send_async_completes_with_the_answer_a_bi_server_posts_back() throws Exception {
        try (BiHttpServer http = BiHttpServer.http(Peers.server(AnswerMode.async(receiver.uri())),
                new InetSocketAddress("127.0.0.1", 0))) {
            BiClient client = BiClient.builder(http.uri()).asyncAnswers(receiver).timeout(WAIT).build();
            HomeNSReq known = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);
            HomeNSReq unknown = Peers.request(ProtocolVersion.V1_0, Peers.UNKNOWN);

            CompletableFuture<HomeNSAns> first = client.sendAsync(known);
            CompletableFuture<HomeNSAns> second = client.sendAsync(unknown);

            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(Peers.success(known));
            assertThat(second.get(5, TimeUnit.SECONDS).result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
        }
    }

    @Test
    void no_answer_within_the_timeout_is_a_timeout_and_frees_the_transaction() {
        try (FakeBiPeer peer = FakeBiPeer.start()) {
            peer.enqueue(Reply.acknowledge());
            BiClient client = BiClient.builder(peer.uri()).asyncAnswers(receiver).timeout(Duration.ofMillis(300)).build();
            long start = System.nanoTime();

            BiClientException e = catchThrowableOfType(BiClientException.class,
                    () -> client.send(Peers.request(ProtocolVersion.V1_1, Peers.KNOWN)));

            assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(e.getMessage()).contains("no answer to HomeNSReq", "300 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(receiver.pendingCount()).isZero();
        }
    }

    @Test
    void an_http_204_acknowledgement_and_an_answer_posted_later_complete_the_exchange() throws Exception {
        try (FakeBiPeer peer = FakeBiPeer.start()) {
            peer.enqueue(Reply.acknowledge(204));
            BiClient client = BiClient.builder(peer.uri()).asyncAnswers(receiver).timeout(WAIT).build();
            HomeNSReq request = Peers.request(ProtocolVersion.V1_0, Peers.KNOWN);

            CompletableFuture<HomeNSAns> answer = client.sendAsync(request);
            RecordedRequest received = peer.takeRequest(WAIT);
            TargetResponse delivered = peer.postAnswer(receiver.uri(), Peers.success((HomeNSReq) received.message().orElseThrow()));

            assertThat(delivered.status()).isEqualTo(200);
            assertThat(delivered.body()).isEmpty();
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(Peers.success(request));
        }
    }

    @Test
    void a_peer_answering_synchronously_in_async_mode_gives_its_answer() {
        try (BiHttpServer http = BiHttpServer.http(Peers.server(AnswerMode.sync()), new InetSocketAddress("127.0.0.1", 0))) {
            BiClient client = BiClient.builder(http.uri()).asyncAnswers(receiver).timeout(WAIT).build();
            HomeNSReq request = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);

            HomeNSAns answer = client.send(request);

            assertThat(answer).isEqualTo(Peers.success(request));
            assertThat(receiver.pendingCount()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"202 text/plain Downlink Accepted", "200 application/json {}"})
    void any_2xx_acknowledges_and_the_answer_posted_later_completes_the_exchange(String reply) throws Exception {
        String[] parts = reply.split(" ", 3);
        try (FakeBiPeer peer = FakeBiPeer.start()) {
            peer.enqueue(Reply.status(Integer.parseInt(parts[0]), parts[2]));
            BiClient client = BiClient.builder(peer.uri()).asyncAnswers(receiver).timeout(WAIT).build();
            HomeNSReq request = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);

            CompletableFuture<HomeNSAns> answer = client.sendAsync(request);
            RecordedRequest received = peer.takeRequest(WAIT);
            peer.postAnswer(receiver.uri(), Peers.success((HomeNSReq) received.message().orElseThrow()));

            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(Peers.success(request));
            assertThat(receiver.unmatchedCount()).isZero();
        }
    }

    @Test
    void a_refused_async_request_is_read_like_a_sync_one_and_frees_the_transaction() {
        try (FakeBiPeer peer = FakeBiPeer.start()) {
            peer.enqueue(Reply.bareResult(400, ResultCode.UnknownSender, "who are you"));
            peer.enqueue(Reply.bareResult(400, ResultCode.UnknownSender, "who are you"));
            BiClient client = BiClient.builder(peer.uri()).asyncAnswers(receiver).timeout(WAIT).build();

            BiClientException e = catchThrowableOfType(BiClientException.class,
                    () -> client.send(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)));
            CompletableFuture<HomeNSAns> failed = client.sendAsync(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN));

            assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
            assertThat(e.result()).contains(Result.of(ResultCode.UnknownSender, "who are you"));
            assertThat(failed).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(BiClientException.class).withMessageContaining("HTTP 400");
            assertThat(receiver.pendingCount()).isZero();
        }
    }
}
