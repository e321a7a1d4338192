package io.lorawanbi.testkit.conformance;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.testkit.internal.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * What a rule's check works with for one protocol version: builders of valid requests (each with a
 * fresh TransactionID and fresh tokens), the target, and checks that fail with a {@link RuleFailure}
 * saying what was expected and what came back.
 *
 * <p>Answers are decoded strictly: a 1.0 answer that carries an NSID or HNSID, or a Success answer
 * without HNetID, is refused. Not thread-safe: one per rule run.
 */
public final class Probe {

    private static final BiCodec STRICT = BiCodec.builder().strictNsids(true).build();

    private final ConformanceTarget target;
    private final SuiteConfig config;
    private final ProtocolVersion version;
    private final Random random;

    Probe(ConformanceTarget target, SuiteConfig config, ProtocolVersion version, long seed) {
        this.target = Objects.requireNonNull(target, "target");
        this.config = Objects.requireNonNull(config, "config");
        this.version = Objects.requireNonNull(version, "version");
        this.random = new Random(seed);
    }

    /** The configuration of the run. */
    public SuiteConfig config() {
        return config;
    }

    /** The protocol version this run of the rule checks. */
    public ProtocolVersion version() {
        return version;
    }

    /** Whether this run checks version 1.1. */
    public boolean is1_1() {
        return ProtocolVersion.V1_1.equals(version);
    }

    /**
     * A valid request header: the configured sender and JoinEUI, a fresh TransactionID (at times above
     * 2^31, as unsigned 32-bit values may be) and a fresh SenderToken, SenderNSID in 1.1.
     */
    public Header header() {
        long transactionId = random.nextInt(4) == 0 ? 0x8000_0000L + random.nextInt(Integer.MAX_VALUE)
                : 1 + random.nextInt(1_000_000);
        byte[] token = new byte[4];
        random.nextBytes(token);
        return Header.builder()
                .protocolVersion(version)
                .senderId(config.senderId())
                .receiverId(config.joinEui())
                .transactionId(transactionId)
                .messageType(MessageType.HomeNSReq)
                .senderToken(HexBytes.of(token))
                .senderNsid(is1_1() ? config.senderNsid() : null)
                .build();
    }

    /** A valid HomeNSReq for the known device. */
    public HomeNSReq request() {
        return new HomeNSReq(header(), config.knownDevEui());
    }

    /** A valid HomeNSReq for a device. */
    public HomeNSReq request(EUI64 devEui) {
        return new HomeNSReq(header(), devEui);
    }

    /** The JSON text of a request, as this library emits it. */
    public String json(HomeNSReq request) {
        return new String(STRICT.encode(request), StandardCharsets.UTF_8);
    }

    /** Posts a request. */
    public TargetResponse post(HomeNSReq request) {
        return target.post(STRICT.encode(request));
    }

    /** Posts raw text. */
    public TargetResponse post(String body) {
        return target.post(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts raw bytes. */
    public TargetResponse post(byte[] body) {
        return target.post(body);
    }

    /**
     * The response as the answer to a request: HTTP 200 and a valid HomeNSAns whose header is the one
     * derived from the request (docs/reference.md §2.3): version and TransactionID copied, IDs swapped, tokens
     * returned, in 1.1 ReceiverNSID = the request's SenderNSID.
     */
    public HomeNSAns answerTo(HomeNSReq request, TargetResponse response) {
        expect(response.status() == 200, "HTTP 200 with a HomeNSAns", response);
        HomeNSAns answer;
        try {
            answer = STRICT.decode(response.body(), HomeNSAns.class);
        } catch (BiDecodeException e) {
            throw new RuleFailure("a valid HomeNSAns", e.getMessage() + " in " + response);
        }
        Header q = request.header();
        Header a = answer.header();
        expect(q.protocolVersion().equals(a.protocolVersion()), "ProtocolVersion " + q.protocolVersion(), a.protocolVersion());
        expect(q.transactionId().equals(a.transactionId()), "TransactionID " + q.transactionId(), a.transactionId());
        expect(q.receiverId().equals(a.senderId()), "SenderID " + q.receiverId() + " (the request's ReceiverID)", a.senderId());
        expect(q.senderId().equals(a.receiverId()), "ReceiverID " + q.senderId() + " (the request's SenderID)", a.receiverId());
        expect(Objects.equals(q.senderToken(), a.receiverToken()),
                "ReceiverToken " + q.senderToken() + " (the request's SenderToken)", a.receiverToken());
        expect(Objects.equals(q.receiverToken(), a.senderToken()),
                "SenderToken " + q.receiverToken() + " (the request's ReceiverToken)", a.senderToken());
        if (is1_1()) {
            expect(Objects.equals(q.senderNsid(), a.receiverNsid()),
                    "ReceiverNSID " + q.senderNsid() + " (the request's SenderNSID)", a.receiverNsid());
        }
        return answer;
    }

    /** Checks an answer's ResultCode (either spelling of a code counts as the code). */
    public void expectCode(HomeNSAns answer, ResultCode code) {
        expect(answer.result().resultCode().equals(code), "ResultCode " + code.wireName(version),
                answer.result().resultCode() + describe(answer));
    }

    /** The response body as JSON members, or a failure if it is not a JSON object. */
    public Map<String, Object> jsonObject(TargetResponse response) {
        return JsonText.object(response.body())
                .orElseThrow(() -> new RuleFailure("a JSON object", String.valueOf(response)));
    }

    /**
     * Checks that a request the endpoint cannot accept was refused: HTTP 200 with the version's
     * malformed code ({@code MalformedRequest} in 1.0, {@code MalformedMessage} in 1.1), or, where no
     * answer can be addressed, an HTTP 4xx status.
     */
    public void expectRefusedAsMalformed(TargetResponse response, boolean answerRequired) {
        if (response.status() >= 400 && response.status() < 500 && !answerRequired) {
            return;
        }
        expect(response.status() == 200, answerRequired ? "HTTP 200 with a malformed answer"
                : "HTTP 200 with a malformed answer, or HTTP 4xx", response);
        Map<String, Object> json = jsonObject(response);
        Object code = JsonText.member(json, "Result.ResultCode").orElse(null);
        String wanted = ResultCode.malformed(version).wireName(version);
        expect(wanted.equals(code), "ResultCode " + wanted, code + " in " + response);
    }

    /** Fails the rule unless the condition holds. */
    public void expect(boolean condition, String expected, Object actual) {
        if (!condition) {
            throw new RuleFailure(expected, String.valueOf(actual));
        }
    }

    private static String describe(HomeNSAns answer) {
        String d = answer.result().description();
        return d == null || d.isEmpty() ? "" : " (" + d + ")";
    }
}
