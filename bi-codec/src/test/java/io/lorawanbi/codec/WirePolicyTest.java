package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.VendorID;
import io.lorawanbi.model.message.AppSKeyAns;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinReq;
import io.lorawanbi.model.message.PRStartAns;
import io.lorawanbi.model.message.PRStartReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.JsonValue;
import io.lorawanbi.model.object.RatePolicy;
import io.lorawanbi.model.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire policy: what the codec accepts on input, and what exactly it emits. */
class WirePolicyTest {

    private static final String REQ_1_0 = """
            {"ProtocolVersion":"1.0","SenderID":"000013","ReceiverID":"70B3D57ED0000000","TransactionID":42,\
            "MessageType":"HomeNSReq","DevEUI":"0102030405060708"}""";

    private final BiCodec codec = BiCodec.standard();

    private BiMessage decode(String json) {
        return codec.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private String encode(BiMessage message) {
        return new String(codec.encode(message), StandardCharsets.UTF_8);
    }

    private final HomeNSReq reference = (HomeNSReq) decode(REQ_1_0);

    // ---------------------------------------------------------------------------------- accept

    @ParameterizedTest
    @ValueSource(strings = {"0102030405060708", "0x0102030405060708", "0X0102030405060708", "0x0102030405060708"})
    void accepts_hex_with_one_optional_prefix(String devEui) {
        BiMessage m = decode(REQ_1_0.replace("0102030405060708", devEui)
                .replace("\"000013\"", "\"0x000013\"").replace("70B3D57ED0000000", "0x70b3d57ed0000000"));
        assertThat(m).isEqualTo(reference);
    }

    @Test
    void accepts_either_hex_case() {
        assertThat(decode(REQ_1_0.replace("70B3D57ED0000000", "70b3d57Ed0000000"))).isEqualTo(reference);
    }

    @Test
    void refuses_a_doubled_prefix() {
        assertThatThrownBy(() -> decode(REQ_1_0.replace("\"0102030405060708\"", "\"0x0x0102030405060708\"")))
                .isInstanceOfSatisfying(BiDecodeException.class, e -> assertThat(e.memberPath()).isEqualTo("DevEUI"));
    }

    @Test
    void reads_null_and_empty_strings_as_absent_optional_members() {
        String json = REQ_1_0.replace("\"1.0\"", "\"1.1\"").replace("}", ",\"SenderNSID\":\"\",\"ReceiverNSID\":null,"
                + "\"SenderToken\":\"\",\"ReceiverToken\":null,\"VSExtension\":null}");
        HomeNSReq m = (HomeNSReq) decode(json);
        assertThat(m.header().senderNsid()).isNull();
        assertThat(m.header().receiverNsid()).isNull();
        assertThat(m.header().senderToken()).isNull();
        assertThat(m.header().vsExtension()).isNull();
    }

    @Test
    void ignores_unknown_members_at_any_level() {
        String json = REQ_1_0.replace("}", ",\"DedupWindowSize\":3,\"X\":{\"a\":[1,{\"b\":null}]},\"Lifetime\":0}");
        assertThat(decode(json)).isEqualTo(reference);
    }

    @Test
    void accepts_any_member_order_with_message_type_last() {
        String json = """
                {"DevEUI":"0102030405060708","TransactionID":42,"SenderID":"000013",\
                "ReceiverID":"70B3D57ED0000000","ProtocolVersion":"1.0","MessageType":"HomeNSReq"}""";
        assertThat(decode(json)).isEqualTo(reference);
    }

    @Test
    void reads_empty_vs_extension_as_absent_and_keeps_a_vendor_object_verbatim() {
        assertThat(((HomeNSReq) decode(REQ_1_0.replace("}", ",\"VSExtension\":{}}"))).header().vsExtension()).isNull();
        String ext = "{\"VendorID\":\"EC656E\",\"Object\":{\"TTSV3\":{\"HTenantID\":\"acme\",\"n\":[1.50,true,null]}}}";
        HomeNSReq m = (HomeNSReq) decode(REQ_1_0.replace("}", ",\"VSExtension\":" + ext + "}"));
        assertThat(m.header().vsExtension().vendorId()).isEqualTo(VendorID.parse("EC656E"));
        assertThat(m.header().vsExtension().object()).isInstanceOf(JsonValue.JsonObject.class);
        assertThat(encode(m)).contains("\"VSExtension\":" + ext);
    }

    @Test
    void drops_stray_nsids_from_a_1_0_message_by_default() {
        HomeNSReq m = (HomeNSReq) decode(REQ_1_0.replace("}", ",\"SenderNSID\":\"0000000000000001\"}"));
        assertThat(m.header().senderNsid()).isNull();
        assertThat(encode(m)).doesNotContain("NSID");
    }

    @Test
    void accepts_integers_where_floats_are_expected_and_rfc3339_times_with_any_fraction_and_offset() {
        PRStartReq base = Fixtures.prStartReq(ProtocolVersion.V1_0);
        String json = encode(base).replace("\"ULFreq\":868.1", "\"ULFreq\":868")
                .replace("2024-05-07T14:11:40Z", "2024-05-07T16:11:40.123456789+02:00");
        PRStartReq m = (PRStartReq) decode(json);
        assertThat(m.ulMetaData().ulFreq()).isEqualTo(868.0);
        assertThat(m.ulMetaData().recvTime()).isEqualTo(Instant.parse("2024-05-07T14:11:40.123456789Z"));
    }

    @ParameterizedTest
    @CsvSource({"1.0,MalformedMessage", "1.1,MalformedRequest", "1.0,UnknownReceiver", "1.1,UnkownReceiver",
            "1.0,RoamingActDisallowedA"})
    void accepts_both_spellings_of_codes_in_both_versions(String version, String code) {
        HomeNSAns m = (HomeNSAns) decode(encode(HomeNSAns.failure(
                answerHeader(ProtocolVersion.of(version)), Result.of(ResultCode.Other))).replace("Other", code));
        assertThat(m.result().resultCode()).isEqualTo(ResultCode.of(code));
        assertThat(m.result().resultCode().isKnown()).isTrue();
    }

    @Test
    void keeps_an_unknown_result_code() {
        HomeNSAns m = (HomeNSAns) decode(encode(HomeNSAns.failure(answerHeader(ProtocolVersion.V1_1),
                Result.of(ResultCode.Other))).replace("Other", "QuotaExceeded"));
        assertThat(m.result().resultCode().name()).isEqualTo("QuotaExceeded");
        assertThat(encode(m)).contains("\"ResultCode\":\"QuotaExceeded\"");
    }

    @Test
    void accepts_the_member_name_aliases_peers_send() {
        String json = encode(Fixtures.prStartAns(ProtocolVersion.V1_0))
                .replace("\"RAAllowed\"", "\"RAAAllowed\"").replace("\"ServiceProfile\":\"sp-1\"", "\"ServiceProfile-ID\":\"sp-1\"")
                .replace("\"ReportDevStatusBatery\"", "\"ReportDevStatusBattery\"");
        PRStartAns m = (PRStartAns) decode(json);
        assertThat(m).isEqualTo(Fixtures.prStartAns(ProtocolVersion.V1_0));
        String profile = encode(Fixtures.profileAns(ProtocolVersion.V1_0))
                .replace("\"PingSlotDR\"", "\"PingSLotDR\"").replace("\"PingSlotFreq\"", "\"PingSlotFrequency\"");
        assertThat(decode(profile)).isEqualTo(Fixtures.profileAns(ProtocolVersion.V1_0));
    }

    @Test
    void reads_two_and_three_part_mac_versions_alike_and_emits_the_short_form() {
        String json = encode(Fixtures.joinReq(ProtocolVersion.V1_0)).replace("\"1.0.3\"", "\"1.1.0\"");
        JoinReq m = (JoinReq) decode(json);
        assertThat(m.macVersion()).isEqualTo(MACVersion.V1_1);
        assertThat(encode(m)).contains("\"MACVersion\":\"1.1\"");
    }

    @Test
    void decodes_from_a_stream_and_checks_the_expected_type() {
        assertThat(codec.decode(new ByteArrayInputStream(REQ_1_0.getBytes(StandardCharsets.UTF_8)))).isEqualTo(reference);
        assertThat(codec.decode(REQ_1_0.getBytes(StandardCharsets.UTF_8), HomeNSReq.class)).isEqualTo(reference);
        assertThatThrownBy(() -> codec.decode(REQ_1_0.getBytes(StandardCharsets.UTF_8), HomeNSAns.class))
                .isInstanceOfSatisfying(BiDecodeException.class, e -> {
                    assertThat(e.resultCode()).isEqualTo(ResultCode.MalformedRequest);
                    assertThat(e.memberPath()).isEqualTo("MessageType");
                });
    }

    // ------------------------------------------------------------------------------------ emit

    @Test
    void emits_uppercase_hex_without_prefix_and_no_nulls() {
        String json = encode(decode(REQ_1_0.replace("0102030405060708", "0x0a0b0c0d0e0f1011")));
        assertThat(json).contains("\"DevEUI\":\"0A0B0C0D0E0F1011\"").doesNotContain("0x").doesNotContain("null");
    }

    @Test
    void emits_the_versions_own_malformed_code_and_the_specification_spelling_of_unknown_receiver() {
        assertThat(encode(HomeNSAns.failure(answerHeader(ProtocolVersion.V1_0), Result.of(ResultCode.MalformedMessage))))
                .contains("\"ResultCode\":\"MalformedRequest\"");
        assertThat(encode(HomeNSAns.failure(answerHeader(ProtocolVersion.V1_1), Result.of(ResultCode.MalformedRequest))))
                .contains("\"ResultCode\":\"MalformedMessage\"");
        assertThat(encode(HomeNSAns.failure(answerHeader(ProtocolVersion.V1_1), Result.of(ResultCode.UnknownReceiver))))
                .contains("\"ResultCode\":\"UnkownReceiver\"");
    }

    @Test
    void omits_an_empty_description_and_always_emits_the_kek_label() {
        assertThat(encode(HomeNSAns.failure(answerHeader(ProtocolVersion.V1_0), Result.of(ResultCode.Other, ""))))
                .doesNotContain("Description");
        assertThat(encode(Fixtures.appSKeyAns(ProtocolVersion.V1_0))).contains("\"KEKLabel\":\"\"");
    }

    @Test
    void refuses_to_encode_a_message_that_breaks_its_versions_rules() {
        HomeNSAns withHnsidIn1_0 = HomeNSAns.success(answerHeader(ProtocolVersion.V1_0),
                Fixtures.NET_ID, EUI64.parse("0000000000000009"));
        assertThatThrownBy(() -> codec.encode(withHnsidIn1_0))
                .isInstanceOfSatisfying(BiEncodeException.class, e -> assertThat(e.problems())
                        .extracting(MemberProblem::memberPath).containsExactly("HNSID"));
    }

    @Test
    void never_emits_1_1_members_in_1_0_even_unvalidated() {
        BiCodec unvalidated = BiCodec.builder().validation(false).build();
        Header h = answerHeader(ProtocolVersion.V1_0).toBuilder().receiverNsid(Fixtures.NSID).build();
        String json = new String(unvalidated.encode(HomeNSAns.success(h, Fixtures.NET_ID, Fixtures.NSID)),
                StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("NSID").contains("\"HNetID\":\"000013\"");
    }

    @Test
    void emits_an_unsupported_version_as_it_came_for_an_invalid_protocol_version_answer() {
        Header h = answerHeader(ProtocolVersion.of("1.2"));
        assertThat(encode(HomeNSAns.failure(h, Result.of(ResultCode.InvalidProtocolVersion))))
                .startsWith("{\"ProtocolVersion\":\"1.2\",")
                .contains("\"ResultCode\":\"InvalidProtocolVersion\"");
    }

    @Test
    void emits_service_profile_keys_as_chirpstack_reads_them() {
        String json = encode(Fixtures.prStartAns(ProtocolVersion.V1_0));
        assertThat(json).contains("\"RAAllowed\":true", "\"ServiceProfile\":{\"ServiceProfile\":\"sp-1\"",
                "\"ULRatePolicy\":\"" + RatePolicy.Drop + "\"");
    }

    @Test
    void omits_absent_optionals_and_hex_that_is_empty() {
        AppSKeyAns failure = new AppSKeyAns(Fixtures.appSKeyAns(ProtocolVersion.V1_0).header(),
                Result.of(ResultCode.UnknownDevEUI), null, null, HexBytes.empty());
        assertThat(encode(failure)).doesNotContain("\"DevEUI\":", "\"AppSKey\":", "\"SessionKeyID\":");
    }

    private static Header answerHeader(ProtocolVersion version) {
        return Fixtures.header(io.lorawanbi.model.MessageType.HomeNSReq, version).answerHeader();
    }
}
