package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The server answers for a block of JoinEUIs as well as for exact IDs. */
class JoinEuiRangeServerTest {

    static final BiCodec CODEC = BiCodec.standard();

    static ResultCode answer(BiServer server, PartyID receiver) {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().receiverId(receiver).build();
        return CODEC.decode(server.handle(InboundRequest.of(CODEC.encode(new HomeNSReq(h, Fixtures.DEV_EUI)))).body(),
                HomeNSAns.class).result().resultCode();
    }

    @Test
    void a_prefix_and_an_exact_id_are_both_answered_and_nothing_else() {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answersFor(JoinEuiRange.parse("70B3D57ED1000000/40"))
                .answersFor(EUI64.parse("0000000000000042"))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(NetID.parse("000013"))))
                .build();

        assertThat(answer(server, EUI64.parse("70B3D57ED1000000"))).isEqualTo(ResultCode.Success);
        assertThat(answer(server, EUI64.parse("70B3D57ED1FFFFFF"))).isEqualTo(ResultCode.Success);
        assertThat(answer(server, EUI64.parse("0000000000000042"))).isEqualTo(ResultCode.Success);
        assertThat(answer(server, EUI64.parse("70B3D57ED2000000"))).isEqualTo(ResultCode.UnkownReceiver);
        assertThat(answer(server, EUI64.parse("0000000000000043"))).isEqualTo(ResultCode.UnkownReceiver);
    }

    @Test
    void a_range_alone_restricts_the_receivers() {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answersFor(JoinEuiRange.of(EUI64.parse("0000000000000010"), EUI64.parse("0000000000000020")))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.unknownDevice()))
                .build();
        assertThat(answer(server, EUI64.parse("0000000000000020"))).isEqualTo(ResultCode.UnknownDevEUI);
        assertThat(answer(server, EUI64.parse("0000000000000021"))).isEqualTo(ResultCode.UnkownReceiver);
    }
}
