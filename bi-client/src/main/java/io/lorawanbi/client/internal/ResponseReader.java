package io.lorawanbi.client.internal;

import io.lorawanbi.client.BiClientException;
import io.lorawanbi.client.BiClientException.Kind;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Result;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a peer sent back to a request (docs/client.md "Errors"): the answer of a synchronous
 * exchange, the acknowledgement of an asynchronous one, an answer posted later, and every way these go
 * wrong, as a {@link BiClientException} of its kind. Stateless and thread-safe.
 */
public final class ResponseReader {

    private ResponseReader() {}

    /**
     * The answer in a synchronous response.
     *
     * @throws BiClientException unless the status is 2xx and the body is the answer to the request
     */
    public static <A extends BiAnswer> A syncAnswer(BiCodec codec, BiRequest<A> request, PeerResponse r) {
        if (!r.is2xx()) {
            throw refusal(codec, request, r);
        }
        byte[] body = r.body();
        BareResultReader.Read read = BareResultReader.read(body);
        if (body.length == 0 || read.emptyObject() || r.status() == 202 && !read.json()) {
            throw failure(Kind.ANSWERED_ASYNCHRONOUSLY, r, null, null, "the peer answered asynchronously: HTTP " + r.status()
                    + (body.length == 0 ? " with an empty body" : " with " + quoted(r)) + " from " + r.where()
                    + " (configure the peer as asynchronous, or have it answer synchronously)", null);
        }
        return answerIn(codec, request, r, read);
    }

    /**
     * Reads the response to a request sent to an asynchronous peer: any 2xx is an acknowledgement
     * ({@code 202 "Downlink Accepted"}, {@code 200 {}}, an empty body); if the body is the answer of the
     * expected type, it is returned.
     *
     * @return the answer in the body, or empty for an acknowledgement
     * @throws BiClientException if the status is not 2xx, or the body is an answer of the expected type
     *     with another TransactionID
     */
    public static <A extends BiAnswer> Optional<A> acknowledgement(BiCodec codec, BiRequest<A> request, PeerResponse r) {
        if (!r.is2xx()) {
            throw refusal(codec, request, r);
        }
        if (r.body().length == 0) {
            return Optional.empty();
        }
        A answer;
        try {
            answer = codec.decode(r.body(), request.answerClass());
        } catch (BiDecodeException e) {
            return Optional.empty();
        }
        return Optional.of(sameTransaction(request, answer, r));
    }

    /**
     * An answer posted to the requester's endpoint for a pending request.
     *
     * @param where the peer the request went to, as messages name it
     * @throws BiClientException if the body is not the answer to the request
     */
    public static <A extends BiAnswer> A postedAnswer(BiCodec codec, BiRequest<A> request, byte[] body, String where) {
        PeerResponse r = new PeerResponse(200, "application/json", body, "the answer posted by " + where);
        return answerIn(codec, request, r, BareResultReader.read(body));
    }

    private static <A extends BiAnswer> A answerIn(BiCodec codec, BiRequest<A> request, PeerResponse r,
            BareResultReader.Read read) {
        if (isHtml(r)) {
            throw failure(Kind.ERROR_PAGE, r, null, null, "HTTP " + r.status() + " from " + r.where()
                    + " with an HTML page, not an answer: " + Excerpts.of(r.body()), null);
        }
        if (!read.json()) {
            throw failure(Kind.NOT_JSON, r, null, null, "HTTP " + r.status() + " from " + r.where() + " with "
                    + contentTypeWords(r) + " that is not JSON: " + Excerpts.of(r.body()), null);
        }
        if (read.bare()) {
            throw failure(Kind.BARE_RESULT, r, read.result(), null, "HTTP " + r.status() + " from " + r.where()
                    + " with a bare Result instead of a " + request.answerClass().getSimpleName() + ": "
                    + describe(read.result()), null);
        }
        BiMessage message;
        try {
            message = codec.decode(r.body());
        } catch (BiDecodeException e) {
            throw failure(Kind.UNDECODABLE, r, read.result(), null, "HTTP " + r.status() + " from " + r.where()
                    + ": the body is not a valid " + request.answerClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (!request.answerClass().isInstance(message)) {
            throw failure(Kind.WRONG_ANSWER_TYPE, r, message instanceof BiAnswer a ? a.result() : null,
                    message instanceof BiAnswer a ? a : null, "HTTP " + r.status() + " from " + r.where() + " with a "
                            + message.messageType() + ", expected a " + request.answerClass().getSimpleName(), null);
        }
        return sameTransaction(request, request.answerClass().cast(message), r);
    }

    private static <A extends BiAnswer> A sameTransaction(BiRequest<A> request, A answer, PeerResponse r) {
        Long expected = request.header().transactionId();
        Long actual = answer.header().transactionId();
        if (expected != null && !expected.equals(actual)) {
            throw failure(Kind.OTHER_TRANSACTION, r, answer.result(), answer, answer.messageType() + " from " + r.where()
                    + " answers TransactionID " + actual + ", not " + expected, null);
        }
        return answer;
    }

    /** The exception for a non-2xx response, with what the body says. */
    public static BiClientException refusal(BiCodec codec, BiRequest<?> request, PeerResponse r) {
        String head = "HTTP " + r.status() + " from " + r.where();
        byte[] body = r.body();
        if (body.length == 0) {
            return failure(Kind.HTTP_STATUS, r, null, null, head + " with an empty body", null);
        }
        if (isHtml(r)) {
            return failure(Kind.ERROR_PAGE, r, null, null, head + " with an HTML page: " + Excerpts.of(body), null);
        }
        BareResultReader.Read read = BareResultReader.read(body);
        if (read.bare()) {
            return failure(Kind.BARE_RESULT, r, read.result(), null, head + " with a bare Result: " + describe(read.result()), null);
        }
        Optional<? extends BiAnswer> answer = decoded(codec, request, body);
        if (answer.isPresent()) {
            Result result = answer.get().result();
            return failure(Kind.HTTP_STATUS, r, result, answer.get(), head + " with a " + answer.get().messageType() + ": "
                    + describe(result), null);
        }
        if (!read.json()) {
            return failure(Kind.HTTP_STATUS, r, null, null, head + " with " + contentTypeWords(r) + " that is not JSON: "
                    + Excerpts.of(body), null);
        }
        return failure(Kind.HTTP_STATUS, r, read.result(), null, head + " with JSON that is neither an answer nor a Result: "
                + Excerpts.of(body), null);
    }

    /** The exception for a non-2xx response to a posted answer. */
    public static BiClientException answerRefused(PeerResponse r, String what) {
        String head = "HTTP " + r.status() + " from " + r.where() + " to the posted " + what;
        byte[] body = r.body();
        if (isHtml(r)) {
            return failure(Kind.ERROR_PAGE, r, null, null, head + ", with an HTML page: " + Excerpts.of(body), null);
        }
        BareResultReader.Read read = BareResultReader.read(body);
        if (read.bare()) {
            return failure(Kind.BARE_RESULT, r, read.result(), null, head + ", with a bare Result: " + describe(read.result()), null);
        }
        return failure(Kind.HTTP_STATUS, r, read.result(), null, head + (body.length == 0 ? ", with an empty body"
                : ": " + Excerpts.of(body)), null);
    }

    private static <A extends BiAnswer> Optional<A> decoded(BiCodec codec, BiRequest<A> request, byte[] body) {
        try {
            return Optional.of(codec.decode(body, request.answerClass()));
        } catch (BiDecodeException e) {
            return Optional.empty();
        }
    }

    private static boolean isHtml(PeerResponse r) {
        String type = r.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = new String(r.body(), 0, Math.min(r.body().length, 64), StandardCharsets.UTF_8).stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<body") || start.startsWith("<h1");
    }

    private static String quoted(PeerResponse r) {
        return contentTypeWords(r) + " \"" + Excerpts.of(r.body()) + "\"";
    }

    private static String contentTypeWords(PeerResponse r) {
        return r.contentType() == null ? "a body" : "a body of type " + r.contentType();
    }

    /** {@code ResultCode Other (no reply)}. */
    public static String describe(@Nullable Result result) {
        if (result == null) {
            return "no Result";
        }
        String d = result.description();
        return "ResultCode " + result.resultCode() + (d == null || d.isEmpty() ? "" : " (" + d + ")");
    }

    private static BiClientException failure(Kind kind, PeerResponse r, @Nullable Result result, @Nullable BiAnswer answer,
            String message, @Nullable Throwable cause) {
        return new BiClientException(kind, r.status(), r.contentType(), Excerpts.of(r.body()), result, answer, message, cause);
    }
}
