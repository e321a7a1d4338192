package io.lorawanbi.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.Result;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BiCodec#failureAnswer}: which broken messages can be answered, with what, and that every
 * answer it gives is readable by the standard codec.
 */
class FailureAnswerTest {

    private static final BiCodec CODEC = BiCodec.standard();
    private static final JsonFactory JSON = new JsonFactory();

    /** A valid 1.1 HomeNSReq, to break. */
    static final String REQ = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
            + "\"TransactionID\":42,\"MessageType\":\"HomeNSReq\",\"SenderToken\":\"0A0B\",\"DevEUI\":\"0102030405060708\"}";
    static final String LONG_UNICODE_VERSION = "\u00e9".repeat(16_384);
    static final String LONG_ASCII_VERSION = "9".repeat(16_384);
    static final String TOKEN = "AB".repeat(8_192);

    /** Hostile and broken messages, each a kind of input a receiver must answer without throwing. */
    static final List<String> HOSTILE = List.of("not json", "[]", "{", "", "   ", "null", "{}", "\"x\"", "{\"a\":1}",
            REQ.replace("HomeNSReq", "FooReq"),
            REQ.replace("HomeNSReq", "HomeNSAns").replace("\"DevEUI\":\"0102030405060708\"", "\"HNetID\":\"zz\""),
            REQ.replace("\"ReceiverID\":\"70B3D57ED0000000\"", "\"ReceiverID\":\"020202\""),
            REQ.replace("\"SenderID\":\"000013\"", "\"SenderID\":\"70B3D57ED0000000\""),
            REQ.replace("\"TransactionID\":42,", ""),
            REQ.replace("\"TransactionID\":42", "\"TransactionID\":\"abc\""),
            REQ.replace("\"TransactionID\":42", "\"TransactionID\":-838178284"),
            REQ.replace("\"1.1\"", "\"" + LONG_UNICODE_VERSION + "\""),
            REQ.replace("\"1.1\"", "\"" + LONG_ASCII_VERSION + "\""),
            REQ.replace("\"1.1\"", "\"\\ud800x\\u0001\""),
            REQ.replace("\"1.1\"", "\"1.2\"").replace("0708\"}", "07\"}"),
            REQ.replace("\"ProtocolVersion\":\"1.1\",", ""),
            REQ.replace("\"SenderID\":\"000013\",", ""),
            REQ.replace("\"SenderToken\":\"0A0B\"", "\"SenderToken\":\"" + TOKEN + "\",\"ReceiverToken\":\"" + TOKEN + "\"")
                    .replace("0708\"}", "07\"}"));

    static BiDecodeException decodeFailure(String json) {
        return catchThrowableOfType(BiDecodeException.class, () -> CODEC.decode(json.getBytes(UTF_8)));
    }

    static FailureAnswer failure(String json) {
        BiDecodeException e = decodeFailure(json);
        assertThat(e).as("decode refuses %s", json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
        return CODEC.failureAnswer(e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{", "{}", "{\"a\":1}"})
    void a_body_without_any_header_member_has_no_header_and_gets_a_bare_result_with_http_400(String body) {
        BiDecodeException e = decodeFailure(body);
        assertThat(e.header()).isEmpty();
        FailureAnswer failure = CODEC.failureAnswer(e);
        assertThat(failure.isAddressed()).isFalse();
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.answer()).isEmpty();
        assertThat(failure.unaddressedReason()).hasValue("no header member could be read");
        assertThat(failure.bodyText()).startsWith("{\"ResultCode\":\"MalformedRequest\",\"Description\":\"");
        assertThat(bareResult(failure.body())).isEqualTo(failure.result());
    }

    @Test
    void an_unknown_message_type_or_an_answer_type_cannot_be_addressed() {
        FailureAnswer unknown = failure(REQ.replace("HomeNSReq", "FooReq"));
        assertThat(unknown.httpStatus()).isEqualTo(400);
        assertThat(unknown.unaddressedReason()).hasValue("MessageType is not a Backend Interfaces message type");
        assertThat(unknown.result().resultCode()).isEqualTo(ResultCode.MalformedMessage);

        FailureAnswer answer = failure(REQ.replace("HomeNSReq", "HomeNSAns")
                .replace("\"DevEUI\":\"0102030405060708\"", "\"HNetID\":\"zz\""));
        assertThat(answer.httpStatus()).isEqualTo(400);
        assertThat(answer.unaddressedReason()).hasValue("HomeNSAns is not a request");
    }

    @Test
    void peek_request_header_refuses_an_answer_and_an_unsupported_version_first() {
        String valid = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"70B3D57ED0000000\",\"ReceiverID\":\"000013\","
                + "\"TransactionID\":42,\"MessageType\":\"HomeNSAns\",\"Result\":{\"ResultCode\":\"Success\"},\"HNetID\":\"000013\"}";
        assertThat(CODEC.decode(valid.getBytes(UTF_8))).isInstanceOf(HomeNSAns.class);
        BiDecodeException notRequest = catchThrowableOfType(BiDecodeException.class,
                () -> CODEC.peekRequestHeader(valid.getBytes(UTF_8)));
        assertThat(notRequest.memberPath()).isEqualTo("MessageType");
        assertThat(notRequest.reason()).isEqualTo("is HomeNSAns, not a request");
        assertThat(CODEC.failureAnswer(notRequest).httpStatus()).isEqualTo(400);

        BiDecodeException version = catchThrowableOfType(BiDecodeException.class,
                () -> CODEC.peekRequestHeader(REQ.replace("\"1.1\"", "\"1.2\"").replace(",\"SenderID\":\"000013\"", "")
                        .getBytes(UTF_8)));
        assertThat(version.resultCode()).isEqualTo(ResultCode.InvalidProtocolVersion);
        assertThat(CODEC.peekRequestHeader(REQ.getBytes(UTF_8)).transactionId()).isEqualTo(42L);
    }

    @Test
    void a_home_ns_req_whose_receiver_id_is_a_net_id_gets_a_bare_result_not_an_encode_exception() {
        FailureAnswer failure = failure(REQ.replace("\"ReceiverID\":\"70B3D57ED0000000\"", "\"ReceiverID\":\"020202\""));
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.unaddressedReason()).hasValue("ReceiverID is missing or not in the form its role requires");
        assertThat(failure.result().resultCode()).isEqualTo(ResultCode.MalformedMessage);
        assertThat(failure.result().description()).startsWith("ReceiverID:");
    }

    @Test
    void a_missing_or_unreadable_transaction_id_is_answered_with_transaction_id_0() {
        for (String json : List.of(REQ.replace("\"TransactionID\":42,", ""),
                REQ.replace("\"TransactionID\":42", "\"TransactionID\":\"abc\""),
                REQ.replace("\"TransactionID\":42", "\"TransactionID\":4294967296"))) {
            FailureAnswer failure = failure(json);
            assertThat(failure.httpStatus()).as(json).isEqualTo(200);
            HomeNSAns answer = CODEC.decode(failure.body(), HomeNSAns.class);
            assertThat(answer.header().transactionId()).isZero();
            assertThat(answer.header().receiverId()).hasToString("000013");
            assertThat(answer.header().receiverToken()).hasToString("0A0B");
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.MalformedMessage);
            assertThat(answer.result().description()).startsWith("TransactionID:");
            assertThat(failure.answer()).hasValue(answer);
        }
    }

    @Test
    void a_negative_signed_32_bit_transaction_id_is_read_as_the_same_32_bits_and_answered_unsigned() {
        String ans = "{\"ProtocolVersion\":\"1.0\",\"SenderID\":\"70B3D57ED0000000\",\"ReceiverID\":\"000013\","
                + "\"TransactionID\":-838178284,\"MessageType\":\"HomeNSAns\",\"Result\":{\"ResultCode\":\"Success\"},"
                + "\"HNetID\":\"000013\"}";
        BiMessage decoded = CODEC.decode(ans.getBytes(UTF_8));
        assertThat(decoded.header().transactionId()).isEqualTo(3_456_789_012L);
        assertThat(new String(CODEC.encode(decoded), UTF_8)).contains("\"TransactionID\":3456789012,");
        assertThat(CODEC.decode(REQ.replace("\"TransactionID\":42", "\"TransactionID\":-838178284").getBytes(UTF_8))
                .header().transactionId()).isEqualTo(3_456_789_012L);
    }

    @Test
    void an_unsupported_version_of_any_length_is_echoed_bounded_so_the_answer_reads_with_the_standard_codec() {
        for (String version : List.of(LONG_UNICODE_VERSION, LONG_ASCII_VERSION)) {
            FailureAnswer failure = failure(REQ.replace("\"1.1\"", "\"" + version + "\""));
            assertThat(failure.httpStatus()).isEqualTo(200);
            assertThat(failure.body().length).isLessThan(1024);
            BiAnswer answer = failure.answer().orElseThrow();
            String echoed = answer.protocolVersion().value();
            assertThat(echoed.codePointCount(0, echoed.length())).isEqualTo(32);
            assertThat(echoed).endsWith("…").startsWith(version.substring(0, 31));
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.InvalidProtocolVersion);
            assertThat(answer.result().description()).doesNotContain(version.substring(0, 31));
            assertThat(assertReadable(failure.httpStatus(), failure.body(), new byte[0])).isEqualTo("InvalidProtocolVersion");
        }
        FailureAnswer shortOne = failure(REQ.replace("\"1.1\"", "\"1.2\""));
        assertThat(shortOne.answer().orElseThrow().protocolVersion().value()).isEqualTo("1.2");
        assertThat(shortOne.answer().orElseThrow().header().transactionId()).isEqualTo(42L);
    }

    @Test
    void a_lone_surrogate_in_an_echoed_text_becomes_a_replacement_character() {
        FailureAnswer failure = failure(REQ.replace("\"1.1\"", "\"\\ud800x\\u0001\""));
        assertThat(failure.httpStatus()).isEqualTo(200);
        assertThat(failure.answer().orElseThrow().protocolVersion().value()).isEqualTo("\uFFFDx\u0001");
        assertThat(CODEC.peekHeader(failure.body()).protocolVersion().value()).isEqualTo("\uFFFDx\u0001");
    }

    @Test
    void every_hostile_input_gets_a_readable_answer_or_a_bare_result() {
        for (String json : HOSTILE) {
            BiDecodeException e = decodeFailure(json);
            if (e == null) {
                continue; // it decodes: nothing to refuse
            }
            FailureAnswer failure = CODEC.failureAnswer(e);
            assertReadable(failure.httpStatus(), failure.body(), json.getBytes(UTF_8));
        }
    }

    @Test
    void the_bare_result_is_escaped_json_with_the_canonical_code_and_no_empty_description() {
        assertThat(new String(CODEC.encodeBareResult(Result.of(ResultCode.UnkownReceiver, "a \"b\"\n\u0001\\")), UTF_8))
                .isEqualTo("{\"ResultCode\":\"UnkownReceiver\",\"Description\":\"a \\\"b\\\"\\n\\u0001\\\\\"}");
        assertThat(new String(CODEC.encodeBareResult(Result.of(ResultCode.Other)), UTF_8))
                .isEqualTo("{\"ResultCode\":\"Other\"}");
        assertThat(new String(CODEC.encodeBareResult(Result.of(ResultCode.Other, "")), UTF_8))
                .isEqualTo("{\"ResultCode\":\"Other\"}");
        assertThat(bareResult(CODEC.encodeBareResult(Result.of(ResultCode.MalformedMessage, "x".repeat(5000))))
                .description()).hasSize(512);
    }

    /**
     * Checks what a receiver sends: HTTP 200 with an answer the standard codec decodes (or, for an
     * answer in an unsupported version, refuses for that version alone, having read every member), or
     * HTTP 400 with a bare Result. Returns the ResultCode's name.
     */
    static String assertReadable(int status, byte[] body, byte[] input) {
        String what = new String(input, 0, Math.min(input.length, 300), UTF_8);
        assertThat(body.length).as("body size for %s", what).isLessThanOrEqualTo(CodecLimits.DEFAULTS.maxBodyBytes());
        if (status == 400) {
            return bareResult(body).resultCode().name();
        }
        assertThat(status).as(what).isEqualTo(200);
        try {
            BiMessage answer = CODEC.decode(body);
            assertThat(answer).as(what).isInstanceOf(BiAnswer.class);
            return ((BiAnswer) answer).result().resultCode().name();
        } catch (BiDecodeException e) {
            assertThat(e.resultCode()).as("%s: %s", what, e).isEqualTo(ResultCode.InvalidProtocolVersion);
            assertThat(e.problems()).as(what).hasSize(1);
            assertThat(CODEC.peekHeader(body).messageType().isAnswer()).isTrue();
            return "InvalidProtocolVersion";
        }
    }

    /** The Result of a bare {@code {"ResultCode":…,"Description":…}} body; fails on anything else. */
    static Result bareResult(byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            String code = null;
            String description = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_STRING);
                if (name.equals("ResultCode")) {
                    code = p.getText();
                } else {
                    assertThat(name).isEqualTo("Description");
                    description = p.getText();
                }
            }
            assertThat(p.nextToken()).isNull();
            assertThat(code).isNotNull();
            return Result.of(ResultCode.of(code), description);
        } catch (IOException e) {
            throw new AssertionError("not a bare Result: " + new String(body, UTF_8), e);
        }
    }
}
