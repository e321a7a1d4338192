package io.lorawanbi.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.testkit.client.BiClientException.Kind;
import io.lorawanbi.testkit.peer.FakeBiPeer;
import io.lorawanbi.testkit.peer.RecordedRequest;
import io.lorawanbi.testkit.peer.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How BiClient reads what peers really answer, scripted with FakeBiPeer: answers with HTTP 200,
 * brocaar's HTTP 400 with a full answer or a bare Result, empty bodies, broken bodies, silence.
 */
@Timeout(20)
class BiClientResponsesTest {

    static final Duration WAIT = Duration.ofSeconds(5);

    FakeBiPeer peer;
    BiClient client;

    @BeforeEach
    void start() {
        peer = FakeBiPeer.start();
        client = BiClient.builder(peer.uri().resolve("/bi")).timeout(WAIT).build();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void a_failure_answer_with_http_200_is_returned_not_thrown(String version) {
        peer.enqueue(Reply.failure(ResultCode.ActivationDisallowed, "not here"));

        HomeNSAns answer = client.send(Peers.request(ProtocolVersion.of(version), Peers.KNOWN));

        assertThat(answer.result()).isEqualTo(Result.of(ResultCode.ActivationDisallowed, "not here"));
    }

    @Test
    void brocaar_http_400_with_a_full_answer_is_read_into_the_exception() {
        peer.enqueue(Reply.answer(400, q -> Answers.failure(q.header(), Result.of(ResultCode.UnknownDevEUI, "no such device"))));
        HomeNSReq request = Peers.request(ProtocolVersion.V1_0, Peers.UNKNOWN);

        BiClientException e = catchThrowableOfType(BiClientException.class, () -> client.send(request));

        assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(e.status()).hasValue(400);
        assertThat(e.result()).contains(Result.of(ResultCode.UnknownDevEUI, "no such device"));
        assertThat(e.answer()).containsInstanceOf(HomeNSAns.class);
        assertThat(e.answer().get().header().transactionId()).isEqualTo(request.header().transactionId());
        assertThat(e.getMessage()).contains("HTTP 400", "HomeNSAns", "UnknownDevEUI", "no such device");
    }

    @Test
    void brocaar_http_400_with_a_bare_result_is_read_into_the_exception() {
        peer.enqueue(Reply.bareResult(400, ResultCode.MalformedRequest, "json: cannot unmarshal"));

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(e.status()).hasValue(400);
        assertThat(e.result()).contains(Result.of(ResultCode.MalformedRequest, "json: cannot unmarshal"));
        assertThat(e.answer()).isEmpty();
        assertThat(e.getMessage()).contains("HTTP 400", "MalformedRequest", "json: cannot unmarshal");
    }

    @Test
    void the_result_of_an_answer_that_does_not_validate_is_still_read() {
        peer.enqueue(Reply.status(400, "{\"MessageType\":\"HomeNSAns\",\"Result\":{\"ResultCode\":\"Other\",\"Description\":\"db down\"}}"));

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_1, Peers.KNOWN)));

        assertThat(e.result()).contains(Result.of(ResultCode.Other, "db down"));
        assertThat(e.answer()).isEmpty();
    }

    @Test
    void an_empty_2xx_body_in_sync_mode_says_the_peer_answered_asynchronously() {
        peer.enqueue(Reply.acknowledge());

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_1, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.ANSWERED_ASYNCHRONOUSLY);
        assertThat(e.status()).hasValue(200);
        assertThat(e.getMessage()).startsWith("the peer answered asynchronously: HTTP 200 with an empty body");
    }

    @Test
    void a_non_json_500_is_reported_with_an_excerpt_of_the_body() {
        peer.enqueue(Reply.status(500, "<html>Internal Server Error</html>"));

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(e.status()).hasValue(500);
        assertThat(e.result()).isEmpty();
        assertThat(e.getMessage()).contains("HTTP 500", "HTML page", "<html>Internal Server Error</html>");
    }

    @Test
    void an_undecodable_200_body_carries_the_decode_exception_as_its_cause() {
        peer.enqueue(Reply.status(200, "{\"ProtocolVersion\":\"1.0\",\"MessageType\":\"HomeNSAns\"}"));

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.UNDECODABLE);
        assertThat(e.status()).hasValue(200);
        assertThat(e.getCause()).isInstanceOf(BiDecodeException.class);
        assertThat(e.getMessage()).contains("not a valid HomeNSAns");
    }

    @Test
    void an_answer_of_another_type_is_undecodable() {
        peer.enqueue(Reply.answer(q -> Answers.withResult(q.header().answerHeader().toBuilder()
                .messageType(io.lorawanbi.model.MessageType.JoinAns).build(), Result.of(ResultCode.Other))));

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_1, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.UNDECODABLE);
        assertThat(e.getMessage()).contains("JoinAns");
    }

    @Test
    void an_answer_to_another_transaction_is_refused() {
        HomeNSReq other = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);
        peer.enqueue(Reply.answer(q -> Peers.success(other)));

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> client.send(Peers.request(ProtocolVersion.V1_1, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.MISMATCHED_ANSWER);
        assertThat(e.getMessage()).contains("TransactionID " + other.header().transactionId());
    }

    @Test
    void no_response_within_the_timeout_is_a_timeout() {
        peer.enqueue(Reply.acknowledge().delayed(Duration.ofSeconds(10)));
        BiClient impatient = BiClient.builder(peer.uri()).timeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> impatient.send(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.status()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_unreachable_endpoint_is_a_transport_failure() {
        URI gone;
        try (FakeBiPeer closed = FakeBiPeer.start()) {
            gone = closed.uri();
        }
        BiClient lost = BiClient.builder(gone).timeout(WAIT).build();

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> lost.send(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)));

        assertThat(e.kind()).isEqualTo(Kind.TRANSPORT);
        assertThat(e.getMessage()).contains(gone.getHost());
    }

    @Test
    void send_async_fails_with_the_same_exception() {
        peer.enqueue(Reply.bareResult(400, ResultCode.MalformedRequest, "bad"));

        assertThatThrownBy(() -> client.sendAsync(Peers.request(ProtocolVersion.V1_0, Peers.KNOWN)).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(BiClientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
                    assertThat(e.result().map(Result::resultCode)).contains(ResultCode.MalformedRequest);
                });
    }

    @Test
    void the_authorization_header_is_sent_but_never_shown() {
        String secret = "Bearer eyJ.s3cr3t.token";
        BiClient authorized = BiClient.builder(peer.uri().resolve("/bi?key=also-secret")).authorization(secret)
                .timeout(WAIT).build();

        BiClientException e = catchThrowableOfType(BiClientException.class,
                () -> authorized.send(Peers.request(ProtocolVersion.V1_1, Peers.KNOWN))); // nothing enqueued: 500
        RecordedRequest recorded = peer.takeRequest(WAIT);

        assertThat(recorded.header("authorization")).contains(secret);
        assertThat(recorded.header("Content-Type")).contains("application/json");
        assertThat(recorded.path()).isEqualTo("/bi?key=also-secret");
        assertThat(recorded.toString()).doesNotContain("s3cr3t");
        assertThat(authorized.toString()).doesNotContain("s3cr3t").doesNotContain("also-secret").contains("Authorization set");
        assertThat(e.getMessage()).doesNotContain("s3cr3t").doesNotContain("also-secret");
    }

    @Test
    void an_authorization_value_with_control_characters_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> BiClient.builder(peer.uri()).authorization("Bearer s3cr3t\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void the_request_is_posted_as_the_codec_encodes_it() {
        peer.enqueue(Reply.answer(q -> Peers.success((HomeNSReq) q)));
        HomeNSReq request = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);

        client.send(request);
        RecordedRequest recorded = peer.takeRequest(WAIT);

        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.message()).contains(request);
    }
}
