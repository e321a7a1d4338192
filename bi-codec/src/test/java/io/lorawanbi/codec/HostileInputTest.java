package io.lorawanbi.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.testsupport.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostileInputTest {

    private static final BiCodec STANDARD = BiCodec.standard();
    private static final ResultCode REQUEST = ResultCode.MalformedRequest;
    private static final ResultCode MESSAGE = ResultCode.MalformedMessage;
    private static final String DEV_EUI = "\"DevEUI\":\"0102030405060708\"";
    private static final String GW = "{\"ID\":\"0102030405060708\",\"RSSI\":-40}";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|the body is empty", "' '|must be a JSON object",
        "' \r\n\t '|must be a JSON object", "[1]|must be a JSON object", "[]|must be a JSON object",
        "\"x\"|must be a JSON object", "12|must be a JSON object", "-0.5|must be a JSON object",
        "null|must be a JSON object", "true|must be a JSON object", "hello|not valid JSON", "{hello}|not valid JSON",
        "{a:1}|not valid JSON", "{\"a\":1,}|not valid JSON", "'\u0000'|not valid JSON"})
    void a_body_that_is_empty_blank_not_json_or_not_a_json_object_is_rejected(String body, String reason) {
        BiDecodeException e = rejected(STANDARD, body);
        assertFault(e, REQUEST, "", reason);
        assertThat(e.rawMessageType()).isEmpty();
        assertFault(peekRejected(STANDARD, body.getBytes(UTF_8)), REQUEST, "", reason);
    }

    @Test
    void a_truncated_object_is_rejected_at_the_member_being_read() {
        String json = homeNsReq(ProtocolVersion.V1_1);
        assertFault(rejected(STANDARD, json.substring(0, json.length() - 1)), MESSAGE, "", "ends before");
        String inValue = json.substring(0, json.indexOf(DEV_EUI) + 14);
        assertFault(rejected(STANDARD, inValue), MESSAGE, "DevEUI", "ends before");
        assertFault(rejected(STANDARD, json.substring(0, json.indexOf(DEV_EUI) + 9)), MESSAGE, "DevEUI", "ends before");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {" {}|content follows", "{}|content follows", "x|not valid JSON",
        "}|not valid JSON", " 1|content follows", "\t\"x\"|content follows"})
    void content_after_the_object_is_rejected(String trailer, String reason) {
        BiDecodeException e = rejected(STANDARD, homeNsReq(ProtocolVersion.V1_1) + trailer);
        assertFault(e, MESSAGE, "", reason);
        assertThat(e.rawMessageType()).contains("HomeNSReq");
        assertThat(STANDARD.decode((homeNsReq(ProtocolVersion.V1_1) + " \r\n").getBytes(UTF_8))).isNotNull();
    }

    @Test
    void a_body_over_the_size_limit_is_rejected_and_one_at_the_limit_is_accepted() {
        BiCodec codec = codec(l -> l.withMaxBodyBytes(1024));
        byte[] atLimit = padded(homeNsReq(ProtocolVersion.V1_1), 1024);
        assertThat(codec.decode(atLimit)).isNotNull();
        assertThat(codec.decode(new ByteArrayInputStream(atLimit))).isNotNull();
        BiDecodeException e = rejected(codec, padded(homeNsReq(ProtocolVersion.V1_1), 1025));
        assertFault(e, REQUEST, "", "exceeds the limit of 1024");
        assertThat(e.header()).isEmpty();
        assertFault(peekRejected(codec, new byte[1025]), REQUEST, "", "exceeds the limit of 1024");
    }

    @Test
    void a_stream_over_the_size_limit_is_rejected_without_reading_more_than_one_byte_past_the_limit() {
        BiCodec codec = codec(l -> l.withMaxBodyBytes(1024));
        EndlessStream endless = new EndlessStream(homeNsReq(ProtocolVersion.V1_1).getBytes(UTF_8));
        assertFault(catchDecode(() -> codec.decode(endless)), REQUEST, "", "exceeds the limit of 1024");
        assertThat(endless.read).as("bytes read from the stream").isLessThanOrEqualTo(1025);
    }

    @Test
    void nesting_deeper_than_the_limit_inside_vsextension_object_is_rejected() {
        BiCodec codec = codec(l -> l.withMaxDepth(8));
        // root (1), VSExtension (2), then n nested objects: depth 2 + n
        String vs = "\"VSExtension\":{\"VendorID\":\"EC656E\",\"Object\":";
        String six = vs + "{\"a\":".repeat(6) + "1" + "}".repeat(6) + "}";
        assertThat(codec.decode(withMembers(homeNsReq(ProtocolVersion.V1_1), six).getBytes(UTF_8))).isNotNull();
        String seven = vs + "{\"a\":".repeat(7) + "1" + "}".repeat(7) + "}";
        BiDecodeException e = rejected(codec, withMembers(homeNsReq(ProtocolVersion.V1_1), seven));
        assertFault(e, MESSAGE, "VSExtension.Object", "nesting exceeds the limit of 8");
        String arrays = "\"Foo\":" + "[".repeat(8) + "]".repeat(8);
        assertFault(rejected(codec, withMembers(homeNsReq(ProtocolVersion.V1_1), arrays)), MESSAGE, "Foo", "nesting");
    }

    @Test
    void a_string_longer_than_the_limit_is_rejected_in_a_known_and_in_an_unknown_member() {
        BiCodec codec = codec(l -> l.withMaxStringLength(100));
        String answer = json(Fixtures.homeNSAns(ProtocolVersion.V1_1));
        String atLimit = answer.replace("{\"ResultCode\":\"Success\"}",
                "{\"ResultCode\":\"Success\",\"Description\":\"" + "d".repeat(100) + "\"}");
        assertThat(codec.decode(atLimit.getBytes(UTF_8))).isNotNull();
        String over = atLimit.replace("d".repeat(100), "d".repeat(101));
        assertFault(rejected(codec, over), MESSAGE, "Result.Description", "exceeds the limit of 100");
        String unknown = "\"Foo\":{\"Bar\":\"" + "x".repeat(5000) + "\"}";
        assertFault(rejected(codec, withMembers(answer, unknown)), MESSAGE, "Foo", "exceeds the limit of 100");
        String longName = "\"" + "N".repeat(5000) + "\":1";
        assertFault(rejected(codec, withMembers(answer, longName)), MESSAGE, "", "member name is too long");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Foo|12345678901234567", "Foo|[1,-12345678901234567]",
        "Foo|1.2345678901234567", "Foo|{\"Bar\":1e12345678901234567}", "TransactionID|12345678901234567",
        "TransactionID|-1.234567890123456e6"})
    void a_number_longer_than_the_limit_is_rejected(String member, String value) {
        BiCodec codec = codec(l -> l.withMaxNumberLength(16));
        String json = withMembers(homeNsReq(ProtocolVersion.V1_1), "\"Foo\":1234567890123456"); // at the limit
        assertThat(codec.decode(json.getBytes(UTF_8))).isNotNull();
        json = json.replaceFirst("\"" + member + "\":\\d+", "\"" + member + "\":" + value);
        assertFault(rejected(codec, json), MESSAGE, member, "a number exceeds the limit of 16 characters");
    }

    @Test
    void an_array_longer_than_the_limit_is_rejected() {
        BiCodec codec = codec(l -> l.withMaxArrayLength(4));
        String json = json(Fixtures.prStartReq(ProtocolVersion.V1_1));
        String gwInfo = json.substring(json.indexOf("\"GWInfo\":"), json.length() - 2);
        String four = "\"GWInfo\":[" + String.join(",", GW, GW, GW, GW) + "]";
        assertThat(codec.decode(json.replace(gwInfo, four).getBytes(UTF_8))).isNotNull();
        String five = "\"GWInfo\":[" + String.join(",", GW, GW, GW, GW, GW) + "]";
        assertFault(rejected(codec, json.replace(gwInfo, five)), MESSAGE, "ULMetaData.GWInfo", "more than 4 elements");
        assertFault(rejected(codec, withMembers(json, "\"Foo\":[1,2,3,4,5]")), MESSAGE, "Foo", "more than 4 elements");
        assertFault(rejected(codec, withMembers(json, "\"Foo\":{\"Bar\":[[],[],[],[],[]]}")), MESSAGE, "Foo",
                "more than 4 elements");
        assertFault(peekRejected(codec, json.replace(gwInfo, five).getBytes(UTF_8)), MESSAGE, "ULMetaData",
                "more than 4 elements");
    }

    @Test
    void an_object_with_more_members_than_the_limit_is_rejected() {
        BiCodec codec = codec(l -> l.withMaxMembers(16));
        String json = homeNsReq(ProtocolVersion.V1_1); // 7 members
        assertThat(codec.decode(withMembers(json, unknownMembers(9)).getBytes(UTF_8))).isNotNull();
        assertFault(rejected(codec, withMembers(json, unknownMembers(10))), MESSAGE, "", "more than 16 members");
        String object = "{" + unknownMembers(17) + "}";
        BiDecodeException e = rejected(codec, withMembers(json, "\"VSExtension\":{\"Object\":" + object + "}"));
        assertFault(e, MESSAGE, "VSExtension.Object", "more than 16 members");
        assertFault(rejected(codec, withMembers(json, "\"Foo\":" + object)), MESSAGE, "Foo", "more than 16 members");
    }

    @Test
    void a_duplicate_member_is_rejected_at_its_path() {
        String req = homeNsReq(ProtocolVersion.V1_1);
        assertFault(rejected(STANDARD, withMembers(req, DEV_EUI)), MESSAGE, "DevEUI", "duplicate");
        assertFault(peekRejected(STANDARD, withMembers(req, "\"SenderID\":\"000013\"").getBytes(UTF_8)), MESSAGE,
                "SenderID", "duplicate");
        String pr = json(Fixtures.prStartReq(ProtocolVersion.V1_1));
        assertFault(rejected(STANDARD, pr.replace("\"ULMetaData\":{", "\"ULMetaData\":{" + DEV_EUI + ",")),
                MESSAGE, "ULMetaData.DevEUI", "duplicate");
        assertFault(rejected(STANDARD, pr.replace("{\"ID\":", "{\"GWID\":\"01\",\"ID\":")),
                MESSAGE, "ULMetaData.GWInfo[0].ID", "duplicate");
        String ans = json(Fixtures.prStartAns(ProtocolVersion.V1_1));
        assertFault(rejected(STANDARD, ans.replace("\"RAAllowed\":true", "\"RAAllowed\":true,\"RAAAllowed\":false")),
                MESSAGE, "ServiceProfile.RAAAllowed", "duplicate");
        assertFault(rejected(STANDARD, withMembers(req, "\"VSExtension\":{\"Object\":{\"a\":1,\"a\":1}}")),
                MESSAGE, "VSExtension.Object.a", "duplicate");
    }

    // The parser finds most faults in the member where they are; overlong forms and code points beyond
    // U+10FFFF are found after parsing, for the whole body.
    @ParameterizedTest
    @CsvSource({"FF, DevEUI, Foo", "80, DevEUI, Foo", "C3, DevEUI, Foo", "C328, DevEUI, Foo", "E282, DevEUI, Foo",
        "EDA080, DevEUI, Foo", "F8888080, DevEUI, Foo", "C0AF, '', ''", "E08080, '', ''", "F4908080, '', ''",
        "F5808080, '', ''"})
    void invalid_utf8_is_rejected_in_a_known_value_in_an_unknown_value_and_in_a_member_name(String hex,
            String knownPath, String unknownPath) {
        String req = homeNsReq(ProtocolVersion.V1_1);
        assertFault(rejected(STANDARD, splice(req.replace("0708\"}", "07"), hex, "\"}")), MESSAGE, knownPath, "UTF-8");
        assertFault(rejected(STANDARD, splice(open(req) + ",\"Foo\":\"ab", hex, "\"}")), MESSAGE, unknownPath, "UTF-8");
        byte[] inName = splice(req.replace("\"}", "\",\"Fo"), hex, "o\":1}");
        assertFault(rejected(STANDARD, inName), MESSAGE, "", "UTF-8");
        assertFault(peekRejected(STANDARD, inName), MESSAGE, "", "UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
    void a_body_in_another_encoding_than_utf8_is_rejected(String charset) {
        byte[] body = homeNsReq(ProtocolVersion.V1_1).getBytes(java.nio.charset.Charset.forName(charset));
        assertThat(rejected(STANDARD, body).reason()).contains("UTF-8");
        assertThat(peekRejected(STANDARD, body).reason()).contains("UTF-8");
        byte[] withBom = ("\uFEFF" + homeNsReq(ProtocolVersion.V1_1)).getBytes(UTF_8);
        assertThat(STANDARD.decode(withBom)).isEqualTo(Fixtures.homeNSReq(ProtocolVersion.V1_1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"42\"|must be a whole number", "1.5|must be a whole number",
        "true|must be a whole number", "{}|must be a whole number", "[42]|must be a whole number",
        "-2147483649|must be a whole number from 0 to 4294967295", "4294967296|must be a whole number from 0 to 4294967295",
        "18446744073709551616|must be a whole number from 0 to 4294967295",
        "1e400|must be a whole number from 0 to 4294967295"})
    void a_transaction_id_that_is_not_an_unsigned_32_bit_integer_is_rejected(String value, String reason) {
        String json = homeNsReq(ProtocolVersion.V1_1).replace("\"TransactionID\":42", "\"TransactionID\":" + value);
        BiDecodeException e = rejected(STANDARD, json);
        assertFault(e, MESSAGE, "TransactionID", reason);
        assertThat(e.header().orElseThrow().transactionId()).isNull();
        assertThat(e.header().orElseThrow().senderId()).hasToString("000013");
    }

    @ParameterizedTest
    @CsvSource({"4294967295, 4294967295", "0, 0", "1e3, 1000", "42.0, 42",
        "-838178284, 3456789012", "-1, 4294967295", "-2147483648, 2147483648"})
    void a_transaction_id_at_the_bounds_as_an_integral_float_or_in_its_signed_32_bit_form_is_accepted(String value, long expected) {
        String json = homeNsReq(ProtocolVersion.V1_1).replace("\"TransactionID\":42", "\"TransactionID\":" + value);
        assertThat(STANDARD.decode(json.getBytes(UTF_8)).header().transactionId()).isEqualTo(expected);
    }

    @Test
    void a_missing_or_unknown_message_type_is_rejected_with_the_header_and_the_raw_type() {
        String req = homeNsReq(ProtocolVersion.V1_1);
        BiDecodeException missing = rejected(STANDARD, req.replace("\"MessageType\":\"HomeNSReq\",", ""));
        assertFault(missing, MESSAGE, "MessageType", "is required");
        assertThat(missing.rawMessageType()).isEmpty();
        assertThat(missing.header().orElseThrow().transactionId()).isEqualTo(42L);
        BiDecodeException unknown = rejected(STANDARD, req.replace("\"HomeNSReq\"", "\"HomeNSRequest\""));
        assertFault(unknown, MESSAGE, "MessageType", "not a Backend Interfaces message type");
        assertThat(unknown.rawMessageType()).contains("HomeNSRequest");
        assertThat(unknown.header().orElseThrow()).extracting(Header::messageType, Header::protocolVersion,
                h -> h.senderId().toString()).containsExactly(null, ProtocolVersion.V1_1, "000013");
        assertFault(peekRejected(STANDARD, req.replace("\"HomeNSReq\"", "\"X\"").getBytes(UTF_8)), MESSAGE,
                "MessageType", "not a Backend Interfaces message type");
    }

    @Test
    void an_unsupported_protocol_version_is_answered_with_invalid_protocol_version_even_with_a_broken_body() {
        String json = homeNsReq(ProtocolVersion.V1_1).replace("\"1.1\"", "\"1.2\"").replace("0708\"}", "07\"}");
        BiDecodeException e = rejected(STANDARD, json);
        assertFault(e, ResultCode.InvalidProtocolVersion, "ProtocolVersion", "not supported");
        assertThat(e.header().orElseThrow().protocolVersion()).extracting(ProtocolVersion::value,
                ProtocolVersion::isSupported).containsExactly("1.2", false);
        assertThat(STANDARD.peekHeader(json.getBytes(UTF_8)).protocolVersion().value()).isEqualTo("1.2");
        String noVersion = homeNsReq(ProtocolVersion.V1_1).replace("\"ProtocolVersion\":\"1.1\",", "");
        assertFault(rejected(STANDARD, noVersion), REQUEST, "ProtocolVersion", "is required");
    }

    @ParameterizedTest
    @CsvSource({"1.1, MalformedMessage", "1.0, MalformedRequest"})
    void a_bad_dev_eui_is_rejected_with_the_version_s_code_and_a_header_to_answer_with(String version, String code) {
        ProtocolVersion v = ProtocolVersion.of(version);
        BiDecodeException e = rejected(STANDARD, homeNsReq(v).replace("0102030405060708", "01020304050607"));
        assertFault(e, ResultCode.of(code), "DevEUI", "EUI-64 must be 8 bytes");
        assertThat(e.header().orElseThrow().answerHeader()).extracting(Header::protocolVersion, Header::messageType,
                        h -> h.senderId().toString(), h -> h.receiverId().toString(), Header::transactionId)
                .containsExactly(v, MessageType.HomeNSAns, "70B3D57ED0000000", "000013", 42L);
    }

    @Test
    void a_bad_member_deep_inside_is_reported_at_its_exact_path() {
        String pr = json(Fixtures.prStartReq(ProtocolVersion.V1_1));
        assertFault(rejected(STANDARD, pr.replace("\"RSSI\":-40", "\"RSSI\":\"-40\"")), MESSAGE,
                "ULMetaData.GWInfo[0].RSSI", "must be a number");
        String second = pr.replace("\"GWInfo\":[", "\"GWInfo\":[" + GW + ",").replace("\"SNR\":7.5", "\"SNR\":{}");
        assertFault(rejected(STANDARD, second), MESSAGE, "ULMetaData.GWInfo[1].SNR", "must be a number");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"ULMetaData\":\"x\"|ULMetaData|must be an object",
        "\"ULMetaData\":[]|ULMetaData|must be an object", "\"PHYPayload\":42|PHYPayload|must be a string",
        "\"PHYPayload\":\"zz\"|PHYPayload|hex", "\"ULMetaData\":{\"GWInfo\":{}}|ULMetaData.GWInfo|must be an array",
        "\"ULMetaData\":{\"Confirmed\":\"true\"}|ULMetaData.Confirmed|must be true or false"})
    void a_member_of_the_wrong_json_type_is_rejected_at_its_path(String member, String path, String reason) {
        String pr = json(Fixtures.prStartReq(ProtocolVersion.V1_1));
        String json = member.startsWith("\"ULMetaData\"")
                ? pr.substring(0, pr.indexOf("\"ULMetaData\":")) + member + "}"
                : pr.replace("\"PHYPayload\":\"00000000D07ED5B370080706050403020100003851F0B6\"", member);
        assertFault(rejected(STANDARD, json), MESSAGE, path, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"Lat\":52.1|\"Lat\":90.5|ULMetaData.GWInfo[0].Lat|less than or equal to 90",
        "\"Lon\":5.1|\"Lon\":-180.5|ULMetaData.GWInfo[0].Lon|greater than or equal to -180",
        "\"TransactionID\":42|\"TransactionID\":1e9999999999|TransactionID|must be a whole number from 0 to",
        "\"TransactionID\":42|\"TransactionID\":1e-9999999999|TransactionID|must be a whole number",
        "\"RSSI\":-40|\"RSSI\":-1e9999999999|ULMetaData.GWInfo[0].RSSI|must be a number from",
        "\"ULFreq\":868.1|\"ULFreq\":1e9999999999|ULMetaData.ULFreq|number out of range",
        "\"PHYPayload\"|\"VSExtension\":{\"Object\":[1e9999999999]},\"PHYPayload\"|VSExtension.Object|out of range"})
    void a_number_out_of_its_range_is_rejected_with_a_readable_reason(String from, String to, String path, String why) {
        String json = json(Fixtures.prStartReq(ProtocolVersion.V1_1)).replace(from, to);
        BiDecodeException e = rejected(STANDARD, json);
        assertFault(e, MESSAGE, path, why);
        assertThat(e.reason()).doesNotContain("{", "$");
    }

    @Test
    void key_material_never_appears_in_the_exception() {
        String secret = "5EC12E7A5EC12E7A5EC12E7A5EC12E7";
        String ans = json(Fixtures.joinAns(ProtocolVersion.V1_1));
        for (String value : new String[] {secret + "Z", secret + "0Z", "0x" + secret + "g", secret + "\u0001"}) {
            String json = ans.replaceFirst(Fixtures.KEY.toHex(), value);
            BiDecodeException e = rejected(STANDARD, json);
            assertThat(e.resultCode()).isEqualTo(MESSAGE);
            assertThat(e.memberPath()).isEqualTo("NwkSKey.AESKey");
            assertThat(e.getMessage()).doesNotContain(secret.substring(0, 12));
            assertThat(e.description()).doesNotContain(secret.substring(0, 12));
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain(secret.substring(0, 12)));
        }
    }

    @Test
    void peek_header_returns_the_header_of_a_broken_body_and_the_partial_header_when_a_member_is_missing() {
        String req = homeNsReq(ProtocolVersion.V1_1);
        String broken = withMembers(req.replace("\"0102030405060708\"", "42"), "\"PHYPayload\":\"zz\"");
        assertThat(STANDARD.peekHeader(broken.getBytes(UTF_8)))
                .isEqualTo(Fixtures.homeNSReq(ProtocolVersion.V1_1).header());
        BiDecodeException e = peekRejected(STANDARD, req.replace("\"SenderID\":\"000013\",", "").getBytes(UTF_8));
        assertFault(e, MESSAGE, "SenderID", "is required");
        assertThat(e.header().orElseThrow())
                .extracting(Header::senderId, h -> h.receiverId().toString(), Header::transactionId, Header::messageType)
                .containsExactly(null, "70B3D57ED0000000", 42L, MessageType.HomeNSReq);
    }

    private static BiCodec codec(UnaryOperator<CodecLimits> limits) {
        return BiCodec.builder().limits(limits.apply(CodecLimits.DEFAULTS)).build();
    }

    private static String json(BiMessage message) {
        return new String(STANDARD.encode(message), UTF_8);
    }

    private static String homeNsReq(ProtocolVersion version) {
        return json(Fixtures.homeNSReq(version));
    }

    private static String withMembers(String json, String members) {
        return open(json) + "," + members + "}";
    }

    /** The JSON object without its closing brace. */
    private static String open(String json) {
        return json.substring(0, json.length() - 1);
    }

    private static String unknownMembers(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append("\"X").append(i).append("\":").append(i);
        }
        return out.toString();
    }

    private static byte[] padded(String json, int length) {
        return (json + " ".repeat(length - json.length())).getBytes(UTF_8);
    }

    private static byte[] splice(String before, String hex, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(UTF_8));
        for (int i = 0; i < hex.length(); i += 2) {
            out.write(Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        out.writeBytes(after.getBytes(UTF_8));
        return out.toByteArray();
    }

    private static BiDecodeException rejected(BiCodec codec, String body) {
        return catchDecode(() -> codec.decode(body.getBytes(UTF_8)));
    }

    private static BiDecodeException rejected(BiCodec codec, byte[] body) {
        return catchDecode(() -> codec.decode(body));
    }

    private static BiDecodeException peekRejected(BiCodec codec, byte[] body) {
        return catchDecode(() -> codec.peekHeader(body));
    }

    private static BiDecodeException catchDecode(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("the call must fail with a BiDecodeException").isInstanceOf(BiDecodeException.class);
        return (BiDecodeException) thrown;
    }

    private static void assertFault(BiDecodeException e, ResultCode code, String path, String reason) {
        assertThat(e.resultCode()).as("result code of %s", e.problems()).isEqualTo(code);
        assertThat(e.memberPath()).as("member path of %s", e.problems()).isEqualTo(path);
        assertThat(e.reason()).as("reason at %s", path).contains(reason);
    }

    /** Serves the given bytes, then spaces without end, counting what is read. */
    private static final class EndlessStream extends InputStream {
        private final byte[] head;
        long read;

        EndlessStream(byte[] head) {
            this.head = head;
        }

        @Override
        public int read() {
            long at = read++;
            return at < head.length ? head[(int) at] & 0xFF : ' ';
        }
    }
}
