package io.lorawanbi.testkit.peer;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.testkit.internal.BareResultJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a {@link FakeBiPeer} answers to one request: a fixed status and body, an answer built from the
 * received request, a bare Result, or an empty acknowledgement (docs/reference.md §1.2–§1.3), each
 * optionally sent after a delay.
 *
 * <p>A reply that builds an answer falls back to a bare Result when it cannot: HTTP 400
 * {@code MalformedRequest} when the received body is not a BI request, HTTP 500 {@code Other} when the
 * function throws, returns {@code null} or returns an answer that breaks its version's rules (the
 * Description says which). Use {@link #status(int, byte[])} to script a deliberately broken body.
 *
 * <p>Immutable and thread-safe; the functions given must be thread-safe too.
 */
public final class Reply {

    /** A status and a body to send. */
    record Response(int status, byte[] body) {}

    @FunctionalInterface
    interface Responder {
        Response respond(RecordedRequest request, BiCodec codec);
    }

    private final String description;
    private final Responder responder;
    private final Duration delay;

    private Reply(String description, Responder responder, Duration delay) {
        this.description = description;
        this.responder = responder;
        this.delay = delay;
    }

    /**
     * A fixed status and body, sent as they are ({@code Content-Type: application/json} when the body
     * is not empty).
     *
     * @throws IllegalArgumentException if the status is not 200 to 599, or is 204 or 304 with a body
     */
    public static Reply status(int status, byte[] body) {
        checkStatus(status);
        byte[] copy = body.clone();
        if ((status == 204 || status == 304) && copy.length > 0) {
            throw new IllegalArgumentException("HTTP " + status + " cannot have a body");
        }
        return new Reply("HTTP " + status + " with " + copy.length + " bytes",
                (request, codec) -> new Response(status, copy.clone()), Duration.ZERO);
    }

    /** A fixed status and UTF-8 body. */
    public static Reply status(int status, String body) {
        return status(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** HTTP 200 with the answer the function builds from the received request, encoded with the peer's codec. */
    public static Reply answer(Function<? super BiRequest<?>, ? extends BiAnswer> build) {
        return answer(200, build);
    }

    /**
     * An answer built from the received request, sent with the given status: brocaar's ChirpStack, for
     * one, sends failure answers with HTTP 400.
     */
    public static Reply answer(int status, Function<? super BiRequest<?>, ? extends BiAnswer> build) {
        checkStatus(status);
        Objects.requireNonNull(build, "build");
        return new Reply("HTTP " + status + " with a built answer", (request, codec) -> {
            if (!(request.message().orElse(null) instanceof BiRequest<?> received)) {
                return bare(400, ResultCode.MalformedRequest, "FakeBiPeer: the body is not a BI request: "
                        + request.decodeFailure().orElse("a " + request.message().map(m -> m.messageType()).orElse(null)));
            }
            BiAnswer answer;
            try {
                answer = build.apply(received);
            } catch (RuntimeException e) {
                return bare(500, ResultCode.Other, "FakeBiPeer: the reply function failed: " + e.getClass().getName());
            }
            if (answer == null) {
                return bare(500, ResultCode.Other, "FakeBiPeer: the reply function returned no answer");
            }
            try {
                return new Response(status, codec.encode(answer));
            } catch (BiEncodeException e) {
                return bare(500, ResultCode.Other, "FakeBiPeer: the scripted answer breaks its version's rules: "
                        + e.getMessage());
            }
        }, Duration.ZERO);
    }

    /**
     * HTTP 200 with the answer of the request's type that carries only the derived header (docs/reference.md
     * §2.3) and the given Result.
     */
    public static Reply failure(ResultCode code, String description) {
        Result result = Result.of(code, description);
        return answer(request -> Answers.failure(request.header(), result));
    }

    /** A bare {@code {"ResultCode":…,"Description":…}} object, as brocaar's ChirpStack sends with HTTP 400. */
    public static Reply bareResult(int status, ResultCode code, String description) {
        checkStatus(status);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        return new Reply("HTTP " + status + " with a bare Result " + code,
                (request, codec) -> bare(status, code, description), Duration.ZERO);
    }

    /** HTTP 200 with an empty body: the acknowledgement of a request answered asynchronously. */
    public static Reply acknowledge() {
        return acknowledge(200);
    }

    /**
     * An empty acknowledgement with a 2xx status (200 or 204 in practice).
     *
     * @throws IllegalArgumentException if the status is not 2xx
     */
    public static Reply acknowledge(int status) {
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("an acknowledgement has a 2xx status, not " + status);
        }
        return new Reply("HTTP " + status + " acknowledgement",
                (request, codec) -> new Response(status, new byte[0]), Duration.ZERO);
    }

    /**
     * This reply, sent after a delay (without holding a thread of the peer).
     *
     * @throws IllegalArgumentException if the delay is negative
     */
    public Reply delayed(Duration value) {
        if (Objects.requireNonNull(value, "delay").isNegative()) {
            throw new IllegalArgumentException("the delay cannot be negative");
        }
        return new Reply(description, responder, value);
    }

    /** How long the peer waits before sending this reply. */
    public Duration delay() {
        return delay;
    }

    /** What this reply sends. */
    @Override
    public String toString() {
        return "Reply[" + description + (delay.isZero() ? "" : " after " + delay.toMillis() + " ms") + "]";
    }

    /** The default when nothing is enqueued: HTTP 500 with the bare Result {@code Other} "no reply enqueued". */
    static Reply noneEnqueued() {
        return bareResult(500, ResultCode.Other, "FakeBiPeer: no reply enqueued");
    }

    Response respond(RecordedRequest request, BiCodec codec) {
        return responder.respond(request, codec);
    }

    static Response bare(int status, ResultCode code, String description) {
        return new Response(status, BareResultJson.encode(code, description));
    }

    private static void checkStatus(int status) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }
}
