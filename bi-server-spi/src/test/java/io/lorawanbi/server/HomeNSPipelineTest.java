package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stage of the HomeNSReq pipeline, in both versions, asserted member by member. */
class HomeNSPipelineTest {

    static final EUI64 KNOWN = Fixtures.DEV_EUI;
    static final NetID HOME = NetID.parse("000013");
    static final EUI64 HOME_NS = EUI64.parse("70B3D57ED0001234");

    private final BiCodec codec = BiCodec.standard();

    private final BiServer server = BiServer.builder()
            .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
            .answersFor(Fixtures.JOIN_EUI)
            .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> req.devEui().equals(KNOWN)
                    ? HomeNSOutcome.found(HOME, HOME_NS) : HomeNSOutcome.unknownDevice()))
            .build();

    private HomeNSReq request(ProtocolVersion v) {
        Header h = Fixtures.header(MessageType.HomeNSReq, v).toBuilder()
                .transactionId(4_000_000_000L)
                .senderToken(HexBytes.parse("0A0B"))
                .receiverToken(HexBytes.parse("0C"))
                .build();
        return new HomeNSReq(h, KNOWN);
    }

    private HomeNSAns send(byte[] body) {
        OutboundResponse response = server.handle(InboundRequest.of(body));
        assertThat(response.status()).isEqualTo(200);
        return codec.decode(response.body(), HomeNSAns.class);
    }

    private static void assertAnswers(HomeNSAns answer, HomeNSReq request) {
        Header q = request.header();
        Header a = answer.header();
        assertThat(a.protocolVersion()).isEqualTo(q.protocolVersion());
        assertThat(a.messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThat(a.transactionId()).isEqualTo(q.transactionId());
        assertThat(a.senderId()).isEqualTo(q.receiverId());
        assertThat(a.receiverId()).isEqualTo(q.senderId());
        assertThat(a.senderToken()).isEqualTo(q.receiverToken());
        assertThat(a.receiverToken()).isEqualTo(q.senderToken());
        if (ProtocolVersion.V1_1.equals(q.protocolVersion())) {
            assertThat(a.receiverNsid()).isEqualTo(q.senderNsid());
        } else {
            assertThat(a.receiverNsid()).isNull();
            assertThat(a.senderNsid()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_known_device_gets_its_home_network(ProtocolVersion v) {
        HomeNSReq request = request(v);
        HomeNSAns answer = send(codec.encode(request));
        assertAnswers(answer, request);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(answer.hNetId()).isEqualTo(HOME);
        assertThat(answer.hNsId()).isEqualTo(ProtocolVersion.V1_1.equals(v) ? HOME_NS : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_unknown_device_gets_unknown_dev_eui_without_hnetid(ProtocolVersion v) {
        HomeNSReq request = new HomeNSReq(request(v).header(), EUI64.parse("0000000000000099"));
        HomeNSAns answer = send(codec.encode(request));
        assertAnswers(answer, request);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
        assertThat(answer.hNetId()).isNull();
    }

    /** docs/server.md, "What is answered when": the header is read (the whole document) before authentication. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void broken_json_after_a_readable_header_is_malformed_before_authentication(ProtocolVersion v) {
        Header h = request(v).header().toBuilder().senderId(NetID.parse("C00053")).build(); // not allowed
        HomeNSReq request = new HomeNSReq(h, KNOWN);
        String good = new String(codec.encode(request), StandardCharsets.UTF_8);
        byte[] broken = (good.substring(0, good.length() - 1) + ",}").getBytes(StandardCharsets.UTF_8);
        HomeNSAns answer = send(broken);
        assertAnswers(answer, request);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.malformed(v));
        assertThat(send(codec.encode(request)).result().resultCode()).as("the same request well-formed")
                .isEqualTo(ResultCode.UnknownSender);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_unknown_sender_gets_unknown_sender(ProtocolVersion v) {
        Header h = request(v).header().toBuilder().senderId(NetID.parse("C00053")).build();
        HomeNSReq request = new HomeNSReq(h, KNOWN);
        HomeNSAns answer = send(codec.encode(request));
        assertAnswers(answer, request);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void another_receiver_gets_the_unknown_receiver_code(ProtocolVersion v) {
        Header h = request(v).header().toBuilder().receiverId(EUI64.parse("70B3D57ED0000001")).build();
        HomeNSReq request = new HomeNSReq(h, KNOWN);
        HomeNSAns answer = send(codec.encode(request));
        assertAnswers(answer, request);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnkownReceiver);
        assertThat(server.handle(InboundRequest.of(codec.encode(request))).bodyText()).contains("\"UnkownReceiver\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_malformed_body_gets_the_versions_malformed_code_naming_the_member(ProtocolVersion v) {
        HomeNSReq request = request(v);
        String json = new String(codec.encode(request), StandardCharsets.UTF_8).replace("0102030405060708", "0102");
        HomeNSAns answer = send(json.getBytes(StandardCharsets.UTF_8));
        assertAnswers(answer, request);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.malformed(v));
        assertThat(answer.result().description()).startsWith("DevEUI: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void an_unsupported_version_gets_invalid_protocol_version_in_that_version(ProtocolVersion v) {
        String json = new String(codec.encode(request(v)), StandardCharsets.UTF_8)
                .replace("\"ProtocolVersion\":\"" + v + "\"", "\"ProtocolVersion\":\"1.2\"");
        OutboundResponse response = server.handle(InboundRequest.of(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).startsWith("{\"ProtocolVersion\":\"1.2\",")
                .contains("\"MessageType\":\"HomeNSAns\"", "\"ResultCode\":\"InvalidProtocolVersion\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.lorawanbi.model.testsupport.VersionsSource#versions")
    void a_body_without_usable_header_gets_http_400_with_a_bare_result(ProtocolVersion v) {
        for (String body : new String[] {"not json", "{\"ProtocolVersion\":\"" + v + "\"}", "[]",
                "{\"ProtocolVersion\":\"" + v + "\",\"MessageType\":\"HomeNSAns\",\"SenderID\":\"70B3D57ED0000000\","
                        + "\"ReceiverID\":\"000013\",\"TransactionID\":1,\"Result\":{\"ResultCode\":\"Success\"}}"}) {
            OutboundResponse response = server.handle(InboundRequest.of(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.bodyText()).as(body).startsWith("{\"ResultCode\":\"");
        }
    }
}
