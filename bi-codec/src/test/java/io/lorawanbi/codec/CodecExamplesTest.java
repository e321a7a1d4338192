package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.support.PeerVectors;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.testsupport.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples shown in README.md and docs/codec.md, compiled and run here. */
class CodecExamplesTest {

    private static final byte[] REQUEST = """
            {"ProtocolVersion":"1.1","TransactionID":7,"MessageType":"HomeNSReq","SenderID":"000000",
             "SenderNSID":"0000000000000000","ReceiverID":"70b3d57ed0000000","DevEUI":"0x0102030405060708",
             "SenderToken":"0a0b"}""".getBytes(StandardCharsets.UTF_8);

    /** What the snippet sends back: an HTTP status and a body. */
    record Sent(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The README's decode-and-answer code, unchanged, as a function of the request body. */
    static Sent respond(byte[] body) {
        // tag::answer[]
        BiCodec codec = BiCodec.standard(); // thread-safe: build once, share

        int status;
        byte[] answer;
        try {
            Header header = codec.peekRequestHeader(body); // a 1.0 or 1.1 request with a usable header
            // ... authenticate the sender (header.senderId()) here, before decoding the body ...
            BiMessage message = codec.decode(body);
            if (message instanceof HomeNSReq request) {
                answer = codec.encode(HomeNSAns.success(request.header().answerHeader(), NetID.parse("000013"), null));
            } else { // a request type not served here: its own answer type, the malformed code
                answer = codec.encode(Answers.failure(header, Result.of(ResultCode.malformed(header.protocolVersion()),
                        message.messageType() + " is not served here")));
            }
            status = 200;
        } catch (BiDecodeException e) {
            // e.resultCode(): MalformedRequest (1.0), MalformedMessage (1.1) or InvalidProtocolVersion;
            // e.memberPath(): the JSON member at fault. What to send back is the codec's decision:
            FailureAnswer failure = codec.failureAnswer(e);
            status = failure.httpStatus(); // 200: the answer addressed to the request; 400: a bare Result
            answer = failure.body();
        }
        // end::answer[]
        return new Sent(status, answer);
    }

    @Test
    void decode_answer_encode() {
        Sent sent = respond(REQUEST);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.text()).isEqualTo(
                "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"70B3D57ED0000000\",\"ReceiverID\":\"000000\","
                        + "\"TransactionID\":7,\"MessageType\":\"HomeNSAns\",\"ReceiverToken\":\"0A0B\","
                        + "\"ReceiverNSID\":\"0000000000000000\",\"Result\":{\"ResultCode\":\"Success\"},"
                        + "\"HNetID\":\"000013\"}");
    }

    @Test
    void a_broken_body_is_answered_with_the_malformed_code_naming_the_member() {
        Sent sent = respond(new String(REQUEST, StandardCharsets.UTF_8).replace("0x0102030405060708", "0102")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(sent.status()).isEqualTo(200);
        HomeNSAns answer = BiCodec.standard().decode(sent.body(), HomeNSAns.class);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.MalformedMessage);
        assertThat(answer.result().description()).startsWith("DevEUI:");
        assertThat(answer.header().receiverId()).isEqualTo(NetID.parse("000000"));
        assertThat(answer.header().transactionId()).isEqualTo(7L);
    }

    @Test
    void a_broken_body_still_yields_an_answer_header() {
        byte[] body = new String(REQUEST, StandardCharsets.UTF_8).replace("0x0102030405060708", "0102")
                .getBytes(StandardCharsets.UTF_8);
        try {
            BiCodec.standard().decode(body);
            throw new AssertionError("decoded");
        } catch (BiDecodeException e) {
            assertThat(e.resultCode()).isEqualTo(ResultCode.MalformedMessage);
            assertThat(e.memberPath()).isEqualTo("DevEUI");
            assertThat(e.header().orElseThrow().answerHeader().receiverId()).isEqualTo(NetID.parse("000000"));
        }
    }

    /**
     * The snippet never throws: over every message type as emitted, every peer vector, the hostile inputs and the
     * whole mutation corpus it yields HTTP 200 with an answer the standard codec reads, or HTTP 400 with
     * a bare Result.
     */
    @Test
    void the_snippet_answers_every_malformed_input_and_never_throws() {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<byte[]> inputs = new ArrayList<>();
        defaultBodies().forEach(inputs::add);
        PeerVectors.all().forEach(v -> inputs.add(v.body()));
        FailureAnswerTest.HOSTILE.forEach(s -> inputs.add(s.getBytes(StandardCharsets.UTF_8)));
        for (byte[] input : inputs) {
            check(input, outcomes);
        }
        int[] mutants = new int[1];
        MutationTest.forEachMutant((codec, bytes) -> {
            mutants[0]++;
            check(bytes, outcomes);
        });
        assertThat(mutants[0]).isGreaterThanOrEqualTo(18_000);
        assertThat(outcomes.keySet()).as(outcomes.toString()).contains("200 Success", "200 MalformedRequest",
                "200 MalformedMessage", "200 InvalidProtocolVersion", "400 MalformedRequest", "400 MalformedMessage");
    }

    private static void check(byte[] input, Map<String, Integer> outcomes) {
        Sent sent;
        try {
            sent = respond(input);
        } catch (Throwable t) {
            throw new AssertionError("the snippet threw for " + new String(input, StandardCharsets.UTF_8), t);
        }
        String code = FailureAnswerTest.assertReadable(sent.status(), sent.body(), input);
        outcomes.merge(sent.status() + " " + code, 1, Integer::sum);
    }

    /** Every message type in both versions as the standard codec emits it (the test kit pins these bytes). */
    static Stream<byte[]> defaultBodies() {
        return Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)
                .flatMap(v -> Fixtures.all(v).stream()).map(BiCodec.standard()::encode);
    }

    @Test
    void options() {
        // tag::options[]
        BiCodec strict = BiCodec.builder()
                .limits(CodecLimits.DEFAULTS.withMaxBodyBytes(32 * 1024)) // as The Things Stack
                .strictNsids(true) // 1.1 NS requests need SenderNSID; NSIDs in 1.0 are malformed
                .build();
        // end::options[]
        assertThat(strict.limits().maxBodyBytes()).isEqualTo(32 * 1024);
    }

    @Test
    void validation() {
        jakarta.validation.Validator hostValidator = io.lorawanbi.model.testsupport.Validation.validator();
        // tag::validation[]
        BiCodec generated = BiCodec.standard(); // the rules generated at build time: no reflection, no provider
        BiCodec hibernate = BiCodec.builder().hibernateValidator().build(); // needs hibernate-validator
        BiCodec hosted = BiCodec.builder().validator(hostValidator).build(); // any Jakarta Validation provider
        BiCodec unchecked = BiCodec.builder().validation(false).build(); // no rules at all
        // end::validation[]
        byte[] body = generated.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1));
        for (BiCodec codec : List.of(generated, hibernate, hosted, unchecked)) {
            assertThat(codec.decode(body)).isEqualTo(Fixtures.homeNSReq(ProtocolVersion.V1_1));
        }
    }
}
