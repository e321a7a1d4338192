package io.lorawanbi.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.CodecLimits;
import io.lorawanbi.codec.FailureAnswer;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What {@link BiServer} sends for messages it cannot accept: exactly the codec's
 * {@link BiCodec#failureAnswer} (so another pipeline answers alike), HTTP 400 only when no answer can be
 * addressed, and every answer it produces, over a corpus of mutated requests, readable by
 * {@link BiCodec#standard()}.
 */
class FailureAnswersTest {

    private static final BiCodec CODEC = BiCodec.standard();
    private static final Pattern BARE_RESULT = Pattern.compile("\\{\"ResultCode\":\"[A-Za-z]+\"(,\"Description\":\".*\")?}",
            Pattern.DOTALL);
    private static final String REQ = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
            + "\"TransactionID\":42,\"MessageType\":\"HomeNSReq\",\"SenderToken\":\"0A0B\",\"DevEUI\":\"0102030405060708\"}";
    private static final String[] VALUES = {"\"x\"", "\"\"", "\"0x\"", "\"\\u0000\"", "\"\\ud800\"", "0", "-1", "1.5",
        "-838178284", "4294967296", "1e400", "{}", "[]", "null", "true", "\"" + "\u00e9".repeat(16_384) + "\"",
        "\"" + "A".repeat(16_384) + "\"", "\"" + "AB".repeat(8_192) + "\""};

    /** Accepts every SenderID; answers HomeNSReq; leaves the other request types unserved. */
    private final BiServer server = BiServer.builder()
            .authenticator((request, header) -> Optional.of(new AuthenticatedPeer(header.senderId(),
                    AuthenticatedPeer.Mechanism.OTHER, List.of())))
            .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(NetID.parse("000013"))))
            .build();

    private OutboundResponse handle(String json) {
        return server.handle(InboundRequest.of(json.getBytes(UTF_8)));
    }

    @Test
    void a_request_without_transaction_id_is_answered_with_transaction_id_0_not_http_400() {
        OutboundResponse response = handle(REQ.replace("\"TransactionID\":42,", ""));
        assertThat(response.status()).isEqualTo(200);
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        assertThat(answer.header().transactionId()).isZero();
        assertThat(answer.header().receiverId()).hasToString("000013");
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.MalformedMessage);
        assertThat(answer.result().description()).startsWith("TransactionID: is required");
    }

    @Test
    void a_home_ns_req_whose_receiver_id_is_a_net_id_gets_http_400_with_a_bare_result() {
        OutboundResponse response = handle(REQ.replace("\"ReceiverID\":\"70B3D57ED0000000\"", "\"ReceiverID\":\"020202\""));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"MalformedMessage\",\"Description\":\"ReceiverID:");
    }

    @Test
    void a_signed_transaction_id_is_answered_with_the_unsigned_value() {
        OutboundResponse response = handle(REQ.replace("\"TransactionID\":42", "\"TransactionID\":-838178284"));
        assertThat(CODEC.decode(response.body(), HomeNSAns.class).header().transactionId()).isEqualTo(3_456_789_012L);
    }

    @Test
    void a_huge_unsupported_version_is_answered_in_a_bounded_echo_that_the_standard_codec_reads() {
        for (String version : List.of("\u00e9".repeat(16_384), "9".repeat(16_384))) {
            OutboundResponse response = handle(REQ.replace("\"1.1\"", "\"" + version + "\""));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyLength()).isLessThan(1024);
            assertThat(readable(response)).isEqualTo("200 InvalidProtocolVersion");
        }
    }

    /**
     * Before authentication, the server sends the codec's failure answer byte for byte; an answer or a
     * notification of a supported version is refused by its own header ({@link BiCodec#peekHeader}), or,
     * when that is whole, goes on to authentication (the intake).
     */
    @Test
    void every_refusal_before_authentication_is_the_codecs_failure_answer() {
        int compared = 0;
        for (byte[] body : corpus()) {
            BiDecodeException e;
            try {
                CODEC.peekRequestHeader(body);
                continue;
            } catch (BiDecodeException thrown) {
                e = thrown;
            }
            if (posted(e)) {
                try {
                    CODEC.peekHeader(body);
                    continue; // a whole header: taken or refused after authentication
                } catch (BiDecodeException thrown) {
                    e = thrown;
                }
            }
            FailureAnswer expected = CODEC.failureAnswer(e);
            OutboundResponse response = server.handle(InboundRequest.of(body));
            assertThat(response.status()).isEqualTo(expected.httpStatus());
            assertThat(response.body()).isEqualTo(expected.body());
            compared++;
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private static boolean posted(BiDecodeException e) {
        return e.resultCode() != ResultCode.InvalidProtocolVersion
                && e.header().map(h -> h.messageType() != null && !h.messageType().isRequest()).orElse(false);
    }

    /** The property: whatever the request, what BiServer.handle sends is readable by the standard codec. */
    @Test
    void every_answer_the_server_produces_over_the_corpus_decodes_with_the_standard_codec() {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<byte[]> corpus = corpus();
        for (byte[] body : corpus) {
            OutboundResponse response = server.handle(InboundRequest.of(body));
            outcomes.merge(readable(response), 1, Integer::sum);
        }
        assertThat(corpus.size()).isGreaterThan(5_000);
        assertThat(outcomes.keySet()).as(outcomes.toString()).contains("200 Success", "200 MalformedRequest",
                "200 MalformedMessage", "200 InvalidProtocolVersion", "400 MalformedRequest", "400 MalformedMessage",
                "200 taken");
    }

    private static String readable(OutboundResponse response) {
        byte[] body = response.body();
        assertThat(body.length).isLessThanOrEqualTo(CodecLimits.DEFAULTS.maxBodyBytes());
        if (response.status() == 400) {
            assertThat(response.bodyText()).matches(BARE_RESULT);
            return "400 " + response.bodyText().substring(15, response.bodyText().indexOf('"', 15));
        }
        assertThat(response.status()).isEqualTo(200);
        if (body.length == 0) {
            return "200 taken"; // a posted answer or notification, acknowledged
        }
        try {
            BiMessage answer = CODEC.decode(body);
            return "200 " + ((BiAnswer) answer).result().resultCode().name();
        } catch (BiDecodeException e) {
            assertThat(e.resultCode()).as("%s: %s", response.bodyText(), e).isEqualTo(ResultCode.InvalidProtocolVersion);
            assertThat(e.problems()).hasSize(1);
            assertThat(CODEC.peekHeader(body).messageType().isAnswer()).isTrue();
            return "200 InvalidProtocolVersion";
        }
    }

    /**
     * Every request and answer fixture of both versions, each with every top-level member dropped and
     * replaced by each hostile value, plus seeded byte-level damage (flips, cuts, inserted bytes).
     */
    private static List<byte[]> corpus() {
        List<byte[]> out = new ArrayList<>();
        Random random = new Random(0x4C6F5261574E4249L);
        Stream.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1).flatMap(v -> Fixtures.all(v).stream()).forEach(m -> {
            String json = new String(CODEC.encode(m), UTF_8);
            out.add(json.getBytes(UTF_8));
            for (int[] member : topLevelMembers(json)) {
                String before = json.substring(0, member[0]);
                String after = json.substring(member[2]);
                out.add((before + "\"Foo\":1" + after).getBytes(UTF_8)); // the member dropped
                for (String value : VALUES) {
                    out.add((json.substring(0, member[1] + 1) + value + after).getBytes(UTF_8));
                }
            }
            byte[] bytes = json.getBytes(UTF_8);
            for (int i = 0; i < 40; i++) {
                byte[] damaged = bytes.clone();
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
                out.add(damaged);
                out.add(java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length)));
            }
        });
        return out;
    }

    /** The top-level members of compact JSON: {start of name, index of the colon, end of value}. */
    private static List<int[]> topLevelMembers(String json) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = 1;
        int colon = -1;
        boolean inString = false;
        for (int i = 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0 && colon < 0) {
                colon = i;
            } else if ((c == ',' || c == '}') && depth == 0) {
                out.add(new int[] {start, colon, i});
                start = i + 1;
                colon = -1;
            }
        }
        return out;
    }
}
