package io.lorawanbi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.client.BiClientException.Kind;
import io.lorawanbi.client.ScriptedPeer.Reply;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The answer's header against the request's: tolerated departures reported, others refused. */
class HeaderCheckTest {

    /** How brocaar's Join Server answers a 1.1 request: in 1.0, no token returned, no NSIDs. */
    private static final UnaryOperator<Header> BROCAAR = h -> h.toBuilder().protocolVersion(ProtocolVersion.V1_0)
            .receiverToken(null).senderNsid(null).receiverNsid(null).build();

    private final ScriptedPeer peer = new ScriptedPeer();
    private final List<List<AnswerWarning>> heard = new CopyOnWriteArrayList<>();
    private final BiClient client = BiClient.builder().listener(new ClientListener() {
        @Override
        public void answerWarnings(BiPeer p, Header request, List<AnswerWarning> warnings) {
            heard.add(warnings);
        }
    }).build();

    @AfterEach
    void close() {
        client.close();
        peer.close();
    }

    private BiPeer peer(HeaderCheck check) {
        return BiPeer.builder(peer.uri()).protocolVersion(ProtocolVersion.V1_1).headerCheck(check).build();
    }

    @Test
    void tolerantAcceptsAVersion10AnswerWithoutTokensAndReportsIt() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body, BROCAAR)));
        CheckedAnswer<?> checked = client.sendChecked(peer(HeaderCheck.TOLERANT), Messages.request());
        assertThat(checked.warnings()).extracting(AnswerWarning::kind).containsExactly(AnswerWarning.Kind.PROTOCOL_VERSION,
                AnswerWarning.Kind.RECEIVER_TOKEN, AnswerWarning.Kind.RECEIVER_NSID);
        assertThat(checked.headerConforms()).isFalse();
        assertThat(heard).containsExactly(checked.warnings());
        assertThat(checked.warnings().get(1).message())
                .isEqualTo("expected ReceiverToken 0A0B (the request's SenderToken), got absent");
    }

    @Test
    void aConformingAnswerHasNoWarningsAndNothingIsReported() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body)));
        assertThat(client.sendChecked(peer(HeaderCheck.TOLERANT), Messages.request()).headerConforms()).isTrue();
        assertThat(heard).isEmpty();
    }

    @Test
    void tolerantRefusesAnAnswerAddressedToAnotherParty() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body, h -> h.toBuilder().receiverId(NetID.parse("000014")).build())));
        BiClientException e = catchThrowableOfType(() -> client.send(peer(HeaderCheck.TOLERANT), Messages.request()),
                BiClientException.class);
        assertThat(e.kind()).isEqualTo(Kind.NONCONFORMING_HEADER);
        assertThat(e.getMessage()).contains("expected ReceiverID 000013").contains("got 000014");
        assertThat(e.answer()).isPresent();
    }

    @Test
    void strictRefusesEveryDeparture() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body, BROCAAR)));
        BiClientException e = catchThrowableOfType(() -> client.send(peer(HeaderCheck.STRICT), Messages.request()),
                BiClientException.class);
        assertThat(e.kind()).isEqualTo(Kind.NONCONFORMING_HEADER);
    }

    @Test
    void reportOnlyAcceptsEvenAnotherReceiver() {
        peer.enqueue(body -> Reply.json(200, Messages.answer(body, h -> h.toBuilder().receiverId(NetID.parse("000014")).build())));
        CheckedAnswer<?> checked = client.sendChecked(peer(HeaderCheck.REPORT_ONLY), Messages.request());
        assertThat(checked.warnings()).extracting(AnswerWarning::kind).containsExactly(AnswerWarning.Kind.RECEIVER_ID);
        assertThat(heard).hasSize(1);
    }
}
