package io.lorawanbi.testkit.conformance;

import io.lorawanbi.client.internal.TransportFailures;
import io.lorawanbi.testkit.client.TargetResponse;
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
import io.lorawanbi.model.message.Result;
import io.lorawanbi.testkit.internal.BareResultJson;
import io.lorawanbi.testkit.internal.JsonText;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * What a rule's check works with for one protocol version: builders of valid requests (each with a
 * fresh TransactionID and fresh tokens), the target, and checks that fail with a {@link RuleFailure}
 * saying what was expected and what came back.
 *
 * <p>Each rule judges only its own property. {@link #answer(TargetResponse)} reads an answer without
 * judging its header: how the header derives from the request's (IDs swapped, TransactionID,
 * version, tokens, NSIDs; docs/reference.md §2.3) is judged by rules of its own, so that one fault of an
 * endpoint gives one failure. Not thread-safe: one per rule run.
 */
public final class Probe {

    private static final BiCodec ENCODER = BiCodec.builder().strictNsids(true).build();
    private static final BiCodec DECODER = BiCodec.standard();

    private final ConformanceTarget target;
    private final SuiteConfig config;
    private final ProtocolVersion version;
    private final Random random;
    private final List<TargetResponse> responses = new ArrayList<>();

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
        return new String(ENCODER.encode(request), StandardCharsets.UTF_8);
    }

    /** Posts a request. */
    public TargetResponse post(HomeNSReq request) {
        return post(ENCODER.encode(request));
    }

    /** Posts raw text. */
    public TargetResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts raw bytes. */
    public TargetResponse post(byte[] body) {
        TargetResponse response = target.post(body);
        responses.add(response);
        return response;
    }

    /**
     * Posts raw text to an endpoint that may close the connection instead of answering.
     *
     * @return the response, or empty if the connection was closed after the request was sent
     * @throws TargetUnreachableException if no connection was made: never a refusal
     * @throws RuleFailure if no response came in time
     */
    public Optional<TargetResponse> postOrClosed(String body) {
        try {
            return Optional.of(post(body));
        } catch (TargetUnreachableException unreachable) {
            throw unreachable;
        } catch (UncheckedIOException failure) {
            if (TransportFailures.timedOut(failure)) {
                throw new RuleFailure("a response or a closed connection", "no response in time");
            }
            return Optional.empty();
        }
    }

    /**
     * The response as a HomeNSAns sent with HTTP 200. Its header is not judged here (the header
     * rules do), only that it is a valid HomeNSAns.
     */
    public HomeNSAns answer(TargetResponse response) {
        expect(response.status() == 200, "HTTP 200 with a HomeNSAns", describe(response));
        return decoded(response);
    }

    /**
     * The response as the answer to a request: HTTP 200 and a valid HomeNSAns. Same as
     * {@link #answer(TargetResponse)}: the header's derivation from the request is judged by the
     * header rules alone, so that one fault gives one failure.
     */
    public HomeNSAns answerTo(HomeNSReq request, TargetResponse response) {
        Objects.requireNonNull(request, "request");
        return answer(response);
    }

    /** The response body as a HomeNSAns, whatever the HTTP status (for rules that judge the header alone). */
    public HomeNSAns decoded(TargetResponse response) {
        try {
            return DECODER.decode(response.body(), HomeNSAns.class);
        } catch (BiDecodeException e) {
            throw new RuleFailure("a valid HomeNSAns", e.getMessage() + " in " + response);
        }
    }

    /**
     * Checks that the response is HTTP 200 with this ResultCode (either spelling of a code counts as
     * the code), reading {@code Result.ResultCode} alone: the rest of the answer is judged by other
     * rules.
     */
    public void expectResultCode(TargetResponse response, ResultCode code) {
        Optional<ResultCode> actual = BareResultJson.read(response.body()).map(Result::resultCode);
        expect(response.status() == 200 && actual.isPresent() && actual.get().equals(code),
                "HTTP 200 with ResultCode " + code.wireName(version), describe(response));
    }

    /** The ResultCode the body names, in an answer or a bare Result, if any. */
    public Optional<ResultCode> resultCode(TargetResponse response) {
        return BareResultJson.read(response.body()).map(Result::resultCode);
    }

    /**
     * The header of the answer in the response, whatever its HTTP status and the rest of its body
     * (docs/reference.md §2.3), for the rules that judge the header alone.
     */
    public Header answerHeader(TargetResponse response) {
        try {
            return DECODER.peekHeader(response.body());
        } catch (BiDecodeException e) {
            throw new RuleFailure("an answer header", e.getMessage() + " in " + response);
        }
    }

    /** Checks an answer's ResultCode (either spelling of a code counts as the code). */
    public void expectCode(HomeNSAns answer, ResultCode code) {
        expect(answer.result().resultCode().equals(code), "ResultCode " + code.wireName(version),
                answer.result().resultCode() + describe(answer.result()));
    }

    /** Checks that an answer header member equals the value derived from the request. */
    public void expectDerived(String member, Object expected, Object actual, String source) {
        expect(Objects.equals(expected, actual), member + " " + show(expected) + " (" + source + ")", show(actual));
    }

    /** The response body as JSON members, or a failure if it is not a JSON object. */
    public Map<String, Object> jsonObject(TargetResponse response) {
        return JsonText.object(response.body())
                .orElseThrow(() -> new RuleFailure("a JSON object", String.valueOf(response)));
    }

    /**
     * Checks that a request the endpoint cannot accept was refused with an answer: HTTP 200 with the
     * version's malformed code ({@code MalformedRequest} in 1.0, {@code MalformedMessage} in 1.1), or,
     * unless {@code answerRequired}, a {@linkplain #expectRefusal refusal}.
     */
    public void expectRefusedAsMalformed(TargetResponse response, boolean answerRequired) {
        if (!answerRequired) {
            expectRefusal(Optional.of(response));
            return;
        }
        String wanted = ResultCode.malformed(version).wireName(version);
        Optional<Result> result = BareResultJson.read(response.body());
        boolean malformed = result.map(r -> wanted.equals(r.resultCode().name())).orElse(false);
        expect(response.status() == 200 && malformed, "HTTP 200 with ResultCode " + wanted, describe(response));
    }

    /**
     * Checks that a request was refused, not read: the connection closed after the request was sent
     * (an empty response), an HTTP 4xx status whose body, if it names a ResultCode, names a refusal
     * (the malformed code of either version, or {@code Other}), or HTTP 200 with the version's
     * malformed code. An answer that shows the request was read (a ResultCode such as UnknownDevEUI or
     * Success, whatever the HTTP status) is not a refusal.
     */
    public void expectRefusal(Optional<TargetResponse> closedOrResponse) {
        if (closedOrResponse.isEmpty()) {
            return;
        }
        TargetResponse response = closedOrResponse.get();
        String expected = "a refusal (HTTP 4xx naming no ResultCode, a malformed one or Other; HTTP 200 with ResultCode "
                + ResultCode.malformed(version).wireName(version) + "; or the connection closed after the request)";
        Optional<ResultCode> code = BareResultJson.read(response.body()).map(Result::resultCode);
        if (response.status() >= 400 && response.status() < 500) {
            expect(code.isEmpty() || code.get().isMalformed() || code.get().equals(ResultCode.Other), expected,
                    describe(response) + ": the request was read, not refused");
            return;
        }
        expect(response.status() == 200 && code.isPresent() && code.get() == ResultCode.malformed(version),
                expected, describe(response));
    }

    /** Fails the rule unless the condition holds. */
    public void expect(boolean condition, String expected, Object actual) {
        if (!condition) {
            throw new RuleFailure(expected, String.valueOf(actual));
        }
    }

    /** The responses this probe has received, in order, for the runner's root-cause summary. */
    List<TargetResponse> responses() {
        return List.copyOf(responses);
    }

    /**
     * A response for a report: {@code HTTP 400 with ResultCode UnknownDevEUI (deveui does not exist)}
     * when the body names a ResultCode, else the status and an excerpt of the body.
     */
    static String describe(TargetResponse response) {
        Optional<Result> result = BareResultJson.read(response.body());
        return result.map(r -> "HTTP " + response.status() + " with ResultCode " + r.resultCode() + describe(r))
                .orElse(response.toString());
    }

    private static String describe(Result result) {
        String d = result.description();
        return d == null || d.isEmpty() ? "" : " (" + (d.length() > 120 ? d.substring(0, 120) + "…" : d) + ")";
    }

    private static String show(Object value) {
        return value == null ? "absent" : value.toString();
    }
}
