package io.lorawanbi.testkit.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.testkit.client.TargetResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** FakeBiPeer: replies in order, its default reply, what it records, delays, and posting answers back. */
@Timeout(20)
class FakeBiPeerTest {

    static final Duration WAIT = Duration.ofSeconds(5);
    static final BiCodec CODEC = BiCodec.standard();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();
    static final NetID SENDER = NetID.parse("000013");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 DEV_EUI = EUI64.parse("0102030405060708");

    FakeBiPeer peer;

    @BeforeEach
    void start() {
        peer = FakeBiPeer.start();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void replies_are_sent_in_the_order_they_were_enqueued() throws Exception {
        peer.enqueue(Reply.status(503, "first"));
        peer.enqueue(Reply.acknowledge(204));
        peer.enqueue(Reply.status(200, "{}"));

        assertThat(post("/", "a")).extracting(TargetResponse::status, TargetResponse::bodyText).containsExactly(503, "first");
        assertThat(post("/", "b")).extracting(TargetResponse::status, TargetResponse::bodyText).containsExactly(204, "");
        assertThat(post("/", "c")).extracting(TargetResponse::status, TargetResponse::bodyText).containsExactly(200, "{}");
    }

    @Test
    void without_a_reply_enqueued_the_peer_answers_500_with_a_bare_result() throws Exception {
        TargetResponse response = post("/", "{}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText())
                .isEqualTo("{\"ResultCode\":\"Other\",\"Description\":\"FakeBiPeer: no reply enqueued\"}");
    }

    @Test
    void a_request_is_recorded_with_its_body_headers_path_message_and_time() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_1, 7);
        peer.enqueue(Reply.acknowledge());
        Instant before = Instant.now();

        HTTP.send(HttpRequest.newBuilder(peer.uri().resolve("/bi/homens?x=1")).timeout(WAIT)
                .header("Content-Type", "application/json").header("X-Trace", "abc")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(request))).build(),
                HttpResponse.BodyHandlers.discarding());
        RecordedRequest recorded = peer.takeRequest(WAIT);

        assertThat(recorded.sequenceNumber()).isEqualTo(1);
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/bi/homens?x=1");
        assertThat(recorded.header("x-trace")).contains("abc");
        assertThat(recorded.headers()).containsKey("content-type");
        assertThat(recorded.body()).isEqualTo(CODEC.encode(request));
        assertThat(recorded.message()).contains(request);
        assertThat(recorded.decodeFailure()).isEmpty();
        assertThat(recorded.receivedAt()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(recorded.toString()).contains("#1", "POST", "HomeNSReq 7").doesNotContain("abc");
    }

    @Test
    void a_recorded_request_is_immutable() throws Exception {
        post("/", "{}");
        RecordedRequest recorded = peer.takeRequest(WAIT);

        recorded.body()[0] = 'X';

        assertThat(recorded.bodyText()).isEqualTo("{}");
        assertThatThrownBy(() -> recorded.headers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_undecodable_request_is_recorded_without_a_message_and_an_answer_reply_refuses_it() throws Exception {
        peer.enqueue(Reply.answer(q -> Answers.failure(q.header(), Result.of(ResultCode.Other))));

        TargetResponse response = post("/", "{\"MessageType\":\"HomeNSReq\"}");
        RecordedRequest recorded = peer.takeRequest(WAIT);

        assertThat(recorded.message()).isEmpty();
        assertThat(recorded.decodeFailure()).isNotEmpty();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("\"ResultCode\":\"MalformedRequest\"", "not a BI request");
    }

    @Test
    void an_answer_reply_encodes_what_the_function_builds_from_the_request() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_0, 42);
        peer.enqueue(Reply.answer(400, q -> HomeNSAns.failure(q.header().answerHeader(), Result.of(ResultCode.UnknownDevEUI))));

        TargetResponse response = post("/", new String(CODEC.encode(request), StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(CODEC.decode(response.body())).isEqualTo(
                HomeNSAns.failure(request.header().answerHeader(), Result.of(ResultCode.UnknownDevEUI)));
    }

    @Test
    void a_failure_reply_answers_with_the_derived_header_and_the_result() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_1, 43);
        peer.enqueue(Reply.failure(ResultCode.ActivationDisallowed, "not here"));

        TargetResponse response = post("/", new String(CODEC.encode(request), StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(200);
        assertThat(CODEC.decode(response.body())).isEqualTo(
                HomeNSAns.failure(request.header().answerHeader(), Result.of(ResultCode.ActivationDisallowed, "not here")));
    }

    @Test
    void a_reply_function_that_fails_becomes_a_500_with_a_bare_result() throws Exception {
        peer.enqueue(Reply.answer(q -> {
            throw new IllegalStateException("boom");
        }));

        TargetResponse response = post("/", new String(CODEC.encode(request(ProtocolVersion.V1_0, 1)), StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).contains("\"ResultCode\":\"Other\"", "IllegalStateException");
    }

    @Test
    void a_scripted_answer_that_breaks_its_version_rules_becomes_a_500_with_a_bare_result() throws Exception {
        // HNSID does not exist in 1.0.
        peer.enqueue(Reply.answer(q -> HomeNSAns.success(q.header().answerHeader(), SENDER, EUI64.parse("0000000000000009"))));

        TargetResponse response = post("/", new String(CODEC.encode(request(ProtocolVersion.V1_0, 2)), StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.bodyText()).contains("breaks its version's rules");
    }

    @Test
    void a_delayed_reply_is_sent_after_its_delay_without_holding_other_requests() throws Exception {
        peer.enqueue(Reply.status(200, "slow").delayed(Duration.ofSeconds(3))); // a margin no load eats
        peer.enqueue(Reply.status(200, "fast"));
        long start = System.nanoTime();

        var slow = HTTP.sendAsync(HttpRequest.newBuilder(peer.uri()).timeout(WAIT.multipliedBy(3))
                .POST(HttpRequest.BodyPublishers.ofString("1")).build(), HttpResponse.BodyHandlers.ofString());
        peer.takeRequest(WAIT); // the slow one has taken its reply
        TargetResponse fast = post("/", "2");
        boolean slowDoneFirst = slow.isDone();
        String slowBody = slow.get().body();
        long slowMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(fast.bodyText()).isEqualTo("fast");
        assertThat(slowBody).isEqualTo("slow");
        assertThat(slowMillis).isGreaterThanOrEqualTo(2_980);
        assertThat(slowDoneFirst).as("the fast reply came while the slow one was still waiting").isFalse();
    }

    @Test
    void take_request_fails_when_nothing_arrives_in_time() {
        assertThatThrownBy(() -> peer.takeRequest(Duration.ofMillis(50)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no request within 50 ms");
    }

    @Test
    void the_request_count_includes_requests_not_taken() throws Exception {
        post("/", "a");
        post("/", "b");
        peer.takeRequest(WAIT);

        assertThat(peer.requestCount()).isEqualTo(2);
        assertThat(peer.takeRequest(WAIT).bodyText()).isEqualTo("b");
    }

    @Test
    void post_answer_delivers_an_answer_to_another_endpoint_and_returns_its_response() {
        try (FakeBiPeer requester = FakeBiPeer.start()) {
            requester.enqueue(Reply.acknowledge());
            HomeNSAns answer = HomeNSAns.success(request(ProtocolVersion.V1_1, 9).header().answerHeader(), SENDER, null);

            TargetResponse response = peer.postAnswer(requester.uri().resolve("/answers"), answer);
            RecordedRequest delivered = requester.takeRequest(WAIT);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEmpty();
            assertThat(delivered.path()).isEqualTo("/answers");
            assertThat(delivered.message()).contains((BiMessage) answer);
        }
    }

    @Test
    void replies_refuse_what_http_cannot_send() {
        assertThatThrownBy(() -> Reply.status(99, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reply.status(204, "body")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reply.acknowledge(400)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reply.acknowledge().delayed(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Reply.acknowledge().delayed(Duration.ofMillis(5)).toString()).contains("200", "5 ms");
    }

    private TargetResponse post(String path, String body) throws IOException, InterruptedException {
        URI target = peer.uri().resolve(path);
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(target).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new TargetResponse(response.statusCode(), response.body());
    }

    private static HomeNSReq request(ProtocolVersion version, long transactionId) {
        return new HomeNSReq(Header.builder()
                .protocolVersion(version)
                .senderId(SENDER)
                .receiverId(JOIN_EUI)
                .transactionId(transactionId)
                .messageType(MessageType.HomeNSReq)
                .senderToken(HexBytes.of(new byte[] {9, 9}))
                .senderNsid(ProtocolVersion.V1_1.equals(version) ? EUI64.parse("0000000000000001") : null)
                .build(), DEV_EUI);
    }
}
