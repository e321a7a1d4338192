package io.lorawanbi.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.lorawanbi.codec.support.PeerVectors;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.PRStartReq;
import io.lorawanbi.model.message.RejoinAns;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.message.XmitDataReq;
import io.lorawanbi.model.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decisions of docs/codec.md on what real peers send: an empty token is no token, a bare-string
 * Result is a Result, and a Success JoinAns without AppSKey and SessionKeyID is read but never emitted.
 */
class WireDecisionsTest {

    private static final BiCodec CODEC = BiCodec.standard();

    private static String json(BiMessage m) {
        return new String(CODEC.encode(m), UTF_8);
    }

    // ------------------------------------------------------------------ an empty token is no token

    @ParameterizedTest
    @ValueSource(strings = {"0x", "0X", ""})
    void an_empty_token_reads_as_absent_and_the_answer_has_none(String empty) {
        String request = json(Fixtures.homeNSReq(ProtocolVersion.V1_1)).replace("\"MessageType\":\"HomeNSReq\"",
                "\"MessageType\":\"HomeNSReq\",\"SenderToken\":\"" + empty + "\",\"ReceiverToken\":\"" + empty + "\"");
        BiMessage decoded = CODEC.decode(request.getBytes(UTF_8));
        assertThat(decoded.header().senderToken()).isNull();
        assertThat(decoded.header().receiverToken()).isNull();
        assertThat(decoded.header().answerHeader().receiverToken()).isNull();
        assertThat(decoded).isEqualTo(Fixtures.homeNSReq(ProtocolVersion.V1_1));
        assertThat(CODEC.decode(CODEC.encode(decoded))).isEqualTo(decoded);
    }

    @Test
    void a_present_token_is_echoed_and_round_trips() {
        String request = json(Fixtures.homeNSReq(ProtocolVersion.V1_0)).replace("\"MessageType\":\"HomeNSReq\"",
                "\"MessageType\":\"HomeNSReq\",\"SenderToken\":\"0x0a\"");
        BiMessage decoded = CODEC.decode(request.getBytes(UTF_8));
        assertThat(decoded.header().senderToken()).isEqualTo(HexBytes.parse("0A"));
        assertThat(decoded.header().answerHeader().receiverToken()).isEqualTo(HexBytes.parse("0A"));
        assertThat(CODEC.decode(CODEC.encode(decoded))).isEqualTo(decoded);
    }

    @Test
    void a_header_built_with_an_empty_token_holds_none_so_it_round_trips() {
        Header built = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_0).toBuilder()
                .senderToken(HexBytes.empty()).receiverToken(HexBytes.of()).build();
        assertThat(built.senderToken()).isNull();
        assertThat(built.receiverToken()).isNull();
        assertThat(built).isEqualTo(Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_0));
    }

    @Test
    void every_empty_hex_member_reads_as_absent() {
        XmitDataReq fixture = Fixtures.xmitDataReq(ProtocolVersion.V1_0);
        String json = json(fixture);
        String withEmpty = json.replace("\"MessageType\":\"XmitDataReq\"", "\"MessageType\":\"XmitDataReq\",\"FRMPayload\":\"0x\"");
        if (fixture.frmPayload() != null) {
            withEmpty = json.replaceFirst("\"FRMPayload\":\"[0-9A-F]*\"", "\"FRMPayload\":\"0x\"");
        }
        XmitDataReq decoded = CODEC.decode(withEmpty.getBytes(UTF_8), XmitDataReq.class);
        assertThat(decoded.frmPayload()).isNull();
        assertThat(CODEC.decode(CODEC.encode(decoded))).isEqualTo(decoded);
        String absentDevEui = json(Fixtures.prStartReq(ProtocolVersion.V1_0))
                .replace("\"DevEUI\":\"0102030405060708\"", "\"DevEUI\":\"0x\"");
        assertThat(CODEC.decode(absentDevEui.getBytes(UTF_8), PRStartReq.class).ulMetaData().devEui()).isNull();
    }

    /**
     * The round-trip property over every source of messages the repository holds: the fixtures of both
     * versions (equal to the testkit's default messages and their {@code default.json}, held by the
     * testkit's {@code DefaultsTableTest}), and every peer vector that decodes.
     */
    @Test
    void decoding_what_was_encoded_gives_the_same_message_for_every_fixture_and_peer_vector()
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (ProtocolVersion v : List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)) {
            for (BiMessage m : Fixtures.all(v)) {
                assertRoundTrip(m, m.messageType() + " " + v);
                checked.add("fixture");
            }
        }
        int refusedOnTheWayOut = 0;
        for (PeerVectors.Vector vector : PeerVectors.all()) {
            BiMessage m;
            try {
                m = CODEC.decode(vector.body());
            } catch (BiDecodeException refused) {
                continue;
            }
            try {
                CODEC.encode(m);
            } catch (BiEncodeException e) { // read liberally, emitted strictly: only the rules of the way out
                assertThat(e.problems()).as(vector.name())
                        .allSatisfy(p -> assertThat(p.reason()).startsWith("a Success answer carries at least one of"));
                refusedOnTheWayOut++;
                continue;
            }
            assertRoundTrip(m, vector.name());
            checked.add("vector");
        }
        assertThat(checked).filteredOn("fixture"::equals).hasSizeGreaterThanOrEqualTo(40);
        assertThat(checked).filteredOn("vector"::equals).hasSizeGreaterThanOrEqualTo(60);
        assertThat(refusedOnTheWayOut).isLessThan(10);
    }

    private static void assertRoundTrip(BiMessage m, String what) {
        byte[] encoded = CODEC.encode(m);
        BiMessage again = CODEC.decode(encoded);
        assertThat(again).as(what).isEqualTo(m);
        assertThat(CODEC.encode(again)).as(what).isEqualTo(encoded);
    }

    // ------------------------------------------------------------------ a bare-string Result

    @ParameterizedTest
    @CsvSource({"Success, Success", "UnknownDevEUI, UnknownDevEUI", "MalformedRequest, MalformedRequest",
        "UnkownReceiver, UnknownReceiver"})
    void a_bare_string_result_reads_as_its_result_code_and_is_emitted_as_the_object(String wire, ResultCode code) {
        String json = json(Fixtures.joinAns(ProtocolVersion.V1_0))
                .replace("\"Result\":{\"ResultCode\":\"Success\"}", "\"Result\":\"" + wire + "\"");
        JoinAns decoded = CODEC.decode(json.getBytes(UTF_8), JoinAns.class);
        assertThat(decoded.result()).isEqualTo(new Result(code, null));
        if (code == ResultCode.Success) {
            assertThat(decoded).isEqualTo(Fixtures.joinAns(ProtocolVersion.V1_0));
        }
        assertThat(json(decoded)).contains("\"Result\":{\"ResultCode\":\"" + code.wireName(ProtocolVersion.V1_0) + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "null", "42", "[]"})
    void a_result_that_is_neither_an_object_nor_a_code_is_refused(String value) {
        String json = json(Fixtures.joinAns(ProtocolVersion.V1_1))
                .replace("\"Result\":{\"ResultCode\":\"Success\"}", "\"Result\":" + value);
        BiDecodeException e = catchThrowableOfType(() -> CODEC.decode(json.getBytes(UTF_8)), BiDecodeException.class);
        assertThat(e).isNotNull();
        assertThat(e.memberPath()).isEqualTo("Result");
        assertThat(e.resultCode()).isEqualTo(ResultCode.MalformedMessage);
    }

    // ------------------------------------------------------------------ JoinAns without AppSKey and SessionKeyID

    private static JoinAns joinAns(ResultCode code, boolean appSKey, HexBytes sessionKeyId) {
        JoinAns f = Fixtures.joinAns(ProtocolVersion.V1_0);
        return new JoinAns(f.header(), Result.of(code, null), code.isSuccess() ? f.phyPayload() : null, f.lifetime(),
                null, null, null, code.isSuccess() ? f.nwkSKey() : null, appSKey ? f.appSKey() : null, sessionKeyId);
    }

    @Test
    void a_success_join_ans_without_app_s_key_and_session_key_id_is_read_but_not_emitted() {
        JoinAns neither = joinAns(ResultCode.Success, false, null);
        String json = json(Fixtures.joinAns(ProtocolVersion.V1_0)).replaceFirst(",\"AppSKey\":\\{[^}]*\\}", "");
        assertThat(json).doesNotContain("AppSKey", "SessionKeyID");
        assertThat(CODEC.decode(json.getBytes(UTF_8))).isEqualTo(neither);

        BiEncodeException e = catchThrowableOfType(() -> CODEC.encode(neither), BiEncodeException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.memberPath()).isEqualTo("AppSKey");
            assertThat(p.reason()).isEqualTo("a Success answer carries at least one of AppSKey, SessionKeyID");
        });
        assertThat(CODEC.encode(joinAns(ResultCode.Success, false, HexBytes.parse("0102")))).isNotEmpty();
        assertThat(CODEC.encode(joinAns(ResultCode.Success, true, null))).isNotEmpty();
        assertThat(CODEC.encode(joinAns(ResultCode.UnknownDevEUI, false, null))).isNotEmpty();
        assertThat(BiCodec.builder().validation(false).build().encode(neither)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("versions")
    void a_success_rejoin_ans_follows_the_same_rule(ProtocolVersion version) {
        RejoinAns f = Fixtures.rejoinAns(version);
        RejoinAns neither = new RejoinAns(f.header(), f.result(), f.phyPayload(), f.lifetime(), f.sNwkSIntKey(),
                f.fNwkSIntKey(), f.nwkSEncKey(), f.nwkSKey(), null, null);
        BiEncodeException e = catchThrowableOfType(() -> CODEC.encode(neither), BiEncodeException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(MemberProblem::memberPath).containsExactly("AppSKey");
        BiMessage read = CODEC.decode(BiCodec.builder().validation(false).build().encode(neither));
        assertThat(read).isEqualTo(neither);
    }

    static Stream<ProtocolVersion> versions() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1);
    }
}
