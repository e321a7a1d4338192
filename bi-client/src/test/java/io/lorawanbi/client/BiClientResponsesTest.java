package io.lorawanbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.client.BiClientException.Kind;
import io.lorawanbi.client.ScriptedPeer.Reply;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A synchronous peer, and every way its response goes wrong. */
class BiClientResponsesTest {

    private final ScriptedPeer peer = new ScriptedPeer();
    private final BiPeer config = BiPeer.builder(peer.uri()).protocolVersion(ProtocolVersion.V1_1)
            .bearerToken(() -> "s3cr3t-token").requestTimeout(Duration.ofSeconds(5)).build();
    private final BiClient client = BiClient.builder().peer(Messages.JOIN_EUI, config).listener(ClientListener.none()).build();

    @AfterEach
    void close() {
        client.close();
        peer.close();
    }

    @Test
    void returnsTheTypedAnswerWithTheTransactionIdAndVersionFilledIn() throws Exception {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body)));
        HomeNSAns answer = client.send(Messages.request());
        ScriptedPeer.Received received = peer.take();
        HomeNSReq sent = Messages.CODEC.decode(received.body(), HomeNSReq.class);
        assertThat(sent.protocolVersion()).isEqualTo(ProtocolVersion.V1_1);
        assertThat(sent.header().transactionId()).isBetween(0L, 0xFFFF_FFFFL);
        assertThat(answer.header().transactionId()).isEqualTo(sent.header().transactionId());
        assertThat(answer.isSuccess()).isTrue();
        assertThat(received.header("Authorization")).isEqualTo("Bearer s3cr3t-token");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void speaksHttp11OnPlainHttpWithoutAnUpgrade() throws Exception {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body)));
        client.send(Messages.request());
        ScriptedPeer.Received received = peer.take();
        assertThat(received.protocol()).isEqualTo("HTTP/1.1");
        assertThat(received.header("Upgrade")).isNull();
        assertThat(received.header("HTTP2-Settings")).isNull();
    }

    @Test
    void aFailureResultCodeIsAnAnswerNotAnException() {
        peer.enqueue(body -> Reply.json(200, Messages.CODEC.encode(io.lorawanbi.model.message.Answers.failure(
                Messages.CODEC.decode(body, HomeNSReq.class).header(),
                io.lorawanbi.model.message.Result.of(ResultCode.UnknownDevEUI, "not ours")))));
        HomeNSAns answer = client.send(Messages.request());
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
    }

    @Test
    void anHtmlErrorPageIsErrorPage() {
        peer.enqueue(Reply.of(502, "text/html; charset=utf-8", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.ERROR_PAGE);
        assertThat(e.status()).hasValue(502);
        assertThat(e.contentType()).hasValue("text/html; charset=utf-8");
        assertThat(e.excerpt()).contains("502 Bad Gateway");
        assertThat(e.getMessage()).contains("HTTP 502").contains("HTML");
    }

    @Test
    void anHtmlPageWithHttp200IsAlsoAnErrorPage() {
        peer.enqueue(Reply.of(200, null, "<!DOCTYPE html><html><title>Login</title></html>"));
        assertThat(failure().kind()).isEqualTo(Kind.ERROR_PAGE);
    }

    @Test
    void anEmptyBodyWithHttp200MeansThePeerAnswersAsynchronously() {
        peer.enqueue(Reply.of(200, null, ""));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.ANSWERED_ASYNCHRONOUSLY);
        assertThat(e.status()).hasValue(200);
        assertThat(e.getMessage()).contains("asynchronous");
    }

    @Test
    void downlinkAcceptedAndAnEmptyObjectAlsoMeanAsynchronous() {
        peer.enqueue(Reply.of(202, "text/plain", "Downlink Accepted"));
        peer.enqueue(Reply.of(200, "application/json", "{}"));
        BiClientException first = failure();
        BiClientException second = failure();
        assertThat(first.kind()).isEqualTo(Kind.ANSWERED_ASYNCHRONOUSLY);
        assertThat(first.excerpt()).isEqualTo("Downlink Accepted");
        assertThat(second.kind()).isEqualTo(Kind.ANSWERED_ASYNCHRONOUSLY);
    }

    @Test
    void aBareResultWithHttp400IsDecoded() {
        peer.enqueue(Reply.of(400, "application/json", "{\"ResultCode\":\"MalformedRequest\",\"Description\":\"bad DevEUI\"}"));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.BARE_RESULT);
        assertThat(e.status()).hasValue(400);
        assertThat(e.result()).hasValueSatisfying(r -> {
            assertThat(r.resultCode()).isEqualTo(ResultCode.MalformedRequest);
            assertThat(r.description()).isEqualTo("bad DevEUI");
        });
    }

    @Test
    void aFullAnswerWithHttp400IsAnHttpStatusCarryingTheAnswer() {
        peer.enqueue(body -> Reply.json(400, Messages.CODEC.encode(io.lorawanbi.model.message.Answers.failure(
                Messages.CODEC.decode(body, HomeNSReq.class).header(),
                io.lorawanbi.model.message.Result.of(ResultCode.UnknownDevEUI, null)))));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.HTTP_STATUS);
        assertThat(e.answer()).isPresent();
        assertThat(e.result().orElseThrow().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
    }

    @Test
    void aNonJsonBodyIsNotJson() {
        peer.enqueue(Reply.of(200, "text/plain", "OK"));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.NOT_JSON);
        assertThat(e.excerpt()).isEqualTo("OK");
        assertThat(e.contentType()).hasValue("text/plain");
    }

    @Test
    void jsonThatIsNoValidAnswerIsUndecodable() {
        peer.enqueue(Reply.of(200, "application/json", "{\"MessageType\":\"HomeNSAns\",\"ProtocolVersion\":\"1.1\"}"));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.UNDECODABLE);
        assertThat(e.getCause()).isInstanceOf(io.lorawanbi.codec.BiDecodeException.class);
    }

    @Test
    void anAnswerOfAnotherTypeIsWrongAnswerType() {
        peer.enqueue(body -> Reply.json(200, Messages.otherAnswer(body)));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.WRONG_ANSWER_TYPE);
        assertThat(e.getMessage()).contains("JoinAns").contains("HomeNSAns");
    }

    @Test
    void anAnswerToAnotherTransactionIsOtherTransaction() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body,
                h -> h.toBuilder().transactionId((h.transactionId() + 1) & 0xFFFF_FFFFL).build())));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.OTHER_TRANSACTION);
        assertThat(e.answer()).isPresent();
    }

    @Test
    void noResponseInTimeIsTimeout() {
        BiPeer slow = BiPeer.builder(peer.uri()).protocolVersion(ProtocolVersion.V1_1)
                .requestTimeout(Duration.ofMillis(300)).build();
        peer.enqueue(Reply.of(200, "application/json", "{}").after(Duration.ofSeconds(3)));
        BiClientException e = catchThrowableOfType(() -> client.send(slow, Messages.request()), BiClientException.class);
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void aPeerThatCannotBeReachedIsTransport() {
        peer.close();
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.TRANSPORT);
        assertThat(e.getMessage()).contains("cannot reach");
    }

    @Test
    void secretsReachNeitherMessagesNorExcerptsNorToString() {
        peer.enqueue(Reply.of(500, "application/json",
                "{\"AppSKey\":{\"KEKLabel\":\"\",\"AESKey\":\"00112233445566778899AABBCCDDEEFF\"},\"Oops\":true}"));
        BiClientException e = failure();
        assertThat(e.excerpt()).doesNotContain("00112233445566778899AABBCCDDEEFF").contains("\"AESKey\":\"…\"");
        assertThat(e.getMessage()).doesNotContain("00112233445566778899AABBCCDDEEFF").doesNotContain("s3cr3t-token");
        assertThat(config.toString()).doesNotContain("s3cr3t-token").contains("Authorization set");
        assertThat(client.toString()).doesNotContain("s3cr3t-token");
    }

    @Test
    void aRequestForAnUnknownReceiverIsRefusedBeforeSending() {
        HomeNSReq toElsewhere = Messages.request().toBuilder()
                .receiverId(io.lorawanbi.model.EUI64.parse("70B3D57ED0000001")).build();
        assertThatThrownBy(() -> client.send(toElsewhere)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no peer");
    }

    @Test
    void theEndpointMustBeHttpOrHttps() {
        assertThatThrownBy(() -> BiPeer.builder(URI.create("ftp://example.net/"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(BiPeer.builder(URI.create("https://user:pw@js.example.net:8443/bi?k=v")).build().displayEndpoint())
                .isEqualTo("https://js.example.net:8443/bi");
    }

    @Test
    void aHugeBodyIsReadOnlyUpToTheLimitAndRefused() {
        byte[] huge = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        peer.enqueue(Reply.json(200, huge));
        BiClientException e = failure();
        assertThat(e.kind()).isEqualTo(Kind.UNDECODABLE);
        assertThat(e.status()).hasValue(200);
        assertThat(e.getMessage()).contains("longer than the limit of " + Messages.CODEC.limits().maxBodyBytes())
                .contains("the rest was not read");
    }

    @Test
    void aCredentialEchoedByThePeerIsInNoMessageExcerptOrResult() {
        peer.enqueue(body -> Reply.of(400, "application/json",
                "{\"ResultCode\":\"Other\",\"Description\":\"bad auth Bearer s3cr3t-token\"}"));
        BiClientException bare = failure();
        assertThat(bare.kind()).isEqualTo(Kind.BARE_RESULT);
        assertThat(bare.getMessage()).doesNotContain("s3cr3t-token").contains("bad auth");
        assertThat(bare.excerpt()).doesNotContain("s3cr3t-token");
        assertThat(bare.result().orElseThrow().description()).doesNotContain("s3cr3t-token");

        peer.enqueue(Reply.of(200, "text/html", "<html>login required; you sent Bearer s3cr3t-token</html>"));
        BiClientException page = failure();
        assertThat(page.kind()).isEqualTo(Kind.ERROR_PAGE);
        assertThat(page.getMessage()).doesNotContain("s3cr3t-token");
        assertThat(page.excerpt()).doesNotContain("s3cr3t-token");
    }

    private BiClientException failure() {
        return catchThrowableOfType(() -> client.send(Messages.request()), BiClientException.class);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
