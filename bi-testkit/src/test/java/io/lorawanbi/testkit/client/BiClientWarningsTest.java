package io.lorawanbi.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.testkit.client.AnswerWarning.Kind;
import io.lorawanbi.testkit.conformance.HomeNSConformance;
import io.lorawanbi.testkit.peer.FakeBiPeer;
import io.lorawanbi.testkit.peer.Reply;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client tolerates an answer whose header departs from the derived one, as real peers send them,
 * but never silently: sendChecked reports each departure as the checker words it, and a strict client
 * refuses the answer.
 */
@Timeout(20)
class BiClientWarningsTest {

    FakeBiPeer peer;

    @BeforeEach
    void start() {
        peer = FakeBiPeer.start();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    /** What brocaar's Join Server answers to any request: ProtocolVersion 1.0, no token, no NSID. */
    private void enqueueBrocaarLikeAnswerTo(HomeNSReq request) {
        peer.enqueue(Reply.status(200, "{\"ProtocolVersion\":\"1.0\",\"SenderID\":\"" + Peers.JOIN_EUI.toString().toLowerCase()
                + "\",\"ReceiverID\":\"" + Peers.SENDER + "\",\"TransactionID\":" + request.header().transactionId()
                + ",\"MessageType\":\"HomeNSAns\",\"VSExtension\":{},\"Result\":{\"ResultCode\":\"Success\",\"Description\":\"\"},"
                + "\"HNetID\":\"c00053\"}"));
    }

    @Test
    void a_1_0_answer_without_tokens_to_a_1_1_request_is_returned_with_typed_warnings() {
        BiClient client = BiClient.builder(peer.uri()).timeout(Duration.ofSeconds(5)).build();
        HomeNSReq request = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);
        enqueueBrocaarLikeAnswerTo(request);

        CheckedAnswer<HomeNSAns> checked = client.sendChecked(request);

        assertThat(checked.answer().result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(checked.headerConforms()).isFalse();
        assertThat(checked.warnings()).extracting(AnswerWarning::kind)
                .containsExactly(Kind.PROTOCOL_VERSION, Kind.RECEIVER_TOKEN, Kind.RECEIVER_NSID);
        assertThat(checked.warnings()).extracting(AnswerWarning::message).containsExactly(
                "expected ProtocolVersion 1.1 (the request's ProtocolVersion), got 1.0",
                "expected ReceiverToken 01020304 (the request's SenderToken), got absent",
                "expected ReceiverNSID " + Peers.SENDER_NSID + " (the request's SenderNSID), got absent");
    }

    @Test
    void the_lenient_default_still_returns_the_answer_from_send() {
        BiClient client = BiClient.builder(peer.uri()).timeout(Duration.ofSeconds(5)).build();
        HomeNSReq request = Peers.request(ProtocolVersion.V1_0, Peers.KNOWN);
        enqueueBrocaarLikeAnswerTo(request);

        assertThat(client.isStrict()).isFalse();
        assertThat(client.send(request).hNetId()).hasToString("C00053");
    }

    @Test
    void a_strict_client_refuses_the_answer_and_says_why() {
        BiClient strict = BiClient.builder(peer.uri()).timeout(Duration.ofSeconds(5)).strict(true).build();
        HomeNSReq request = Peers.request(ProtocolVersion.V1_0, Peers.KNOWN);
        enqueueBrocaarLikeAnswerTo(request);

        BiClientException e = catchThrowableOfType(BiClientException.class, () -> strict.send(request));

        assertThat(e.kind()).isEqualTo(BiClientException.Kind.NONCONFORMING_HEADER);
        assertThat(e.answer()).isPresent();
        assertThat(e.result().map(r -> r.resultCode())).contains(ResultCode.Success);
        assertThat(e.getMessage()).endsWith("is not the derived answer header: "
                + "expected ReceiverToken 01020304 (the request's SenderToken), got absent");
        assertThat(strict.toString()).contains("strict");
    }

    @Test
    void a_strict_client_refuses_it_asynchronously_too() {
        BiClient strict = BiClient.builder(peer.uri()).timeout(Duration.ofSeconds(5)).strict(true).build();
        HomeNSReq request = Peers.request(ProtocolVersion.V1_1, Peers.KNOWN);
        enqueueBrocaarLikeAnswerTo(request);

        assertThatThrownBy(() -> strict.sendAsync(request).join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(BiClientException.class,
                        e -> assertThat(e.kind()).isEqualTo(BiClientException.Kind.NONCONFORMING_HEADER));
    }

    @Test
    void the_derived_answer_has_no_warning_and_passes_a_strict_client() {
        BiClient strict = BiClient.builder(peer.uri()).timeout(Duration.ofSeconds(5)).strict(true).build();
        for (ProtocolVersion version : new ProtocolVersion[] {ProtocolVersion.V1_0, ProtocolVersion.V1_1}) {
            peer.enqueue(Reply.answer(q -> Peers.success((HomeNSReq) q)));
            assertThat(strict.sendChecked(Peers.request(version, Peers.KNOWN)).warnings()).isEmpty();
            peer.enqueue(Reply.answer(q -> Peers.success((HomeNSReq) q)));
            assertThat(strict.send(Peers.request(version, Peers.KNOWN)).result().resultCode()).isEqualTo(ResultCode.Success);
        }
    }

    @Test
    void every_warning_is_the_property_of_a_rule_of_the_checker() {
        for (Kind kind : Kind.values()) {
            assertThat(HomeNSConformance.rule(kind.rule()).name()).isEqualTo(kind.rule());
        }
    }
}
