package io.lorawanbi.testkit.client;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.testkit.client.BiClientException.Kind;
import io.lorawanbi.testkit.internal.BareResultJson;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads what a peer answered to a request: the answer of a synchronous exchange, the acknowledgement
 * of an asynchronous one, and the Result of a refusal (docs/reference.md §1.2, §1.3). Every failure is a
 * {@link BiClientException} with a message for a test report. Stateless and thread-safe.
 */
final class Responses {

    private static final int EXCERPT = 200;

    private Responses() {}

    /**
     * The answer in a synchronous response.
     *
     * @throws BiClientException unless the status is 2xx and the body is the answer to the request
     */
    static <A extends BiAnswer> A answer(BiCodec codec, BiRequest<A> request, int status, byte[] body, String where) {
        if (!is2xx(status)) {
            throw refusal(codec, request, status, body, where);
        }
        if (body.length == 0) {
            throw new BiClientException(Kind.ANSWERED_ASYNCHRONOUSLY, status, null, null,
                    "peer answered asynchronously: empty body, HTTP " + status + " from " + where
                            + " (configure the client for asynchronous answers, or the peer for synchronous ones)",
                    null);
        }
        A answer;
        try {
            answer = codec.decode(body, request.answerClass());
        } catch (BiDecodeException e) {
            throw new BiClientException(Kind.UNDECODABLE, status, BareResultJson.read(body).orElse(null), null,
                    "HTTP " + status + " from " + where + ": the body is not a valid "
                            + request.answerClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        return correlated(request, answer, status, where);
    }

    /**
     * Checks the response to a request answered asynchronously: 2xx with an empty body.
     *
     * @throws BiClientException otherwise
     */
    static void acknowledgement(BiCodec codec, BiRequest<?> request, int status, byte[] body, String where) {
        if (!is2xx(status)) {
            throw refusal(codec, request, status, body, where);
        }
        if (body.length > 0) {
            Optional<? extends BiAnswer> answer = decoded(codec, request, body);
            Result result = answer.map(BiAnswer::result).or(() -> BareResultJson.read(body)).orElse(null);
            throw new BiClientException(Kind.ANSWERED_SYNCHRONOUSLY, status, result, answer.orElse(null),
                    "peer answered synchronously: HTTP " + status + " with a body from " + where
                            + ", expected an empty acknowledgement (asynchronous mode): " + excerpt(body), null);
        }
    }

    /** The answer posted back for a request, checked to belong to it. */
    static <A extends BiAnswer> A correlated(BiRequest<A> request, A answer, int status, String where) {
        Long expected = request.header().transactionId();
        Long actual = answer.header().transactionId();
        if (expected != null && !expected.equals(actual)) {
            throw new BiClientException(Kind.MISMATCHED_ANSWER, status, answer.result(), answer,
                    answer.messageType() + " from " + where + " answers TransactionID " + actual + ", not "
                            + expected, null);
        }
        return answer;
    }

    /**
     * The exception for a non-2xx response, with what the body says: a full answer, the Result of an
     * answer that does not validate, a bare Result, or an excerpt.
     */
    static BiClientException refusal(BiCodec codec, BiRequest<?> request, int status, byte[] body, String where) {
        String head = "HTTP " + status + " from " + where;
        Optional<? extends BiAnswer> answer = decoded(codec, request, body);
        if (answer.isPresent()) {
            Result r = answer.get().result();
            return new BiClientException(Kind.HTTP_STATUS, status, r, answer.get(),
                    head + " with a " + answer.get().messageType() + ": " + describe(r), null);
        }
        Optional<Result> result = BareResultJson.read(body);
        if (result.isPresent()) {
            return new BiClientException(Kind.HTTP_STATUS, status, result.get(), null,
                    head + " with a Result: " + describe(result.get()), null);
        }
        return new BiClientException(Kind.HTTP_STATUS, status, null, null, body.length == 0
                ? head + " with an empty body"
                : head + " with a body that is neither an answer nor a Result: " + excerpt(body), null);
    }

    private static <A extends BiAnswer> Optional<A> decoded(BiCodec codec, BiRequest<A> request, byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(body, request.answerClass()));
        } catch (BiDecodeException e) {
            return Optional.empty();
        }
    }

    static String describe(Result result) {
        String d = result.description();
        return "ResultCode " + result.resultCode() + (d == null || d.isEmpty() ? "" : " (" + d + ")");
    }

    static boolean is2xx(int status) {
        return status >= 200 && status < 300;
    }

    /** The start of a body as printable text. */
    static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, EXCERPT * 4), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(Math.min(text.length(), EXCERPT + 1));
        text.codePoints().limit(EXCERPT).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out + (text.codePointCount(0, text.length()) > EXCERPT || body.length > EXCERPT * 4 ? "…" : "");
    }
}
