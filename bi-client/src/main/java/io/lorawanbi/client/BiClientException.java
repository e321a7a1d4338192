package io.lorawanbi.client;

import io.lorawanbi.model.BiException;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.Result;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A Backend Interfaces exchange did not yield the answer to the request (TS002 §1.2; docs/client.md
 * "Errors"). It says {@linkplain #kind() what went wrong}, the {@linkplain #status() HTTP status} and
 * {@linkplain #contentType() Content-Type} of the response if one came, a short
 * {@linkplain #excerpt() excerpt} of its body, and the {@linkplain #result() Result} and
 * {@linkplain #answer() answer} the peer sent if they could be read.
 *
 * <p>An answer that arrives with HTTP 2xx is returned by the client whatever its ResultCode: a BI
 * failure is an answer, not an exception. The message and the excerpt never carry the Authorization
 * header value; in the excerpt the values of members whose name ends in {@code Key}, {@code Token} or
 * {@code Secret} are replaced by {@code "…"}; the endpoint is named without user information or
 * query.
 *
 * <p>Immutable once thrown (as far as {@link Throwable} allows).
 */
public final class BiClientException extends BiException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The peer answered with a status other than 2xx and a body that is an answer, empty, or JSON of no known shape. */
        HTTP_STATUS,
        /**
         * The body is a bare {@code {"ResultCode":…,"Description":…}} object, as brocaar's ChirpStack sends
         * with HTTP 400, instead of an answer; {@link #result()} holds it.
         */
        BARE_RESULT,
        /** The body is an HTML page: a proxy's or a servlet container's error page, whatever the status. */
        ERROR_PAGE,
        /**
         * In synchronous mode, the peer acknowledged with 2xx but no answer (an empty body, {@code {}}, or
         * HTTP 202 with text): it answers asynchronously; configure the peer as asynchronous.
         */
        ANSWERED_ASYNCHRONOUSLY,
        /** A 2xx body that is not JSON (and not HTML). */
        NOT_JSON,
        /** JSON that is not a valid answer of the expected type; the cause is the codec's {@code BiDecodeException}. */
        UNDECODABLE,
        /** A valid Backend Interfaces message of another type than the request's answer. */
        WRONG_ANSWER_TYPE,
        /** The answer of the expected type, but with another TransactionID. */
        OTHER_TRANSACTION,
        /**
         * The answer's header departs from the one derived from the request in a way the peer's
         * {@link HeaderCheck} does not tolerate: IDs not swapped, a token returned changed, or any
         * departure under {@link HeaderCheck#STRICT}. The answer is in {@link #answer()}.
         */
        NONCONFORMING_HEADER,
        /** No response in synchronous mode, or no posted answer in asynchronous mode, within the timeout. */
        TIMEOUT,
        /**
         * The peer could not be reached, the connection failed, the wait was interrupted, or the client
         * or its pending store was closed.
         */
        TRANSPORT
    }

    private final Kind kind;
    private final int status;
    private final @Nullable String contentType;
    private final String excerpt;
    private final transient @Nullable Result result;
    private final transient @Nullable BiAnswer answer;

    /**
     * An exception; meant for the client and for layers built on it (a test kit, a server's answer
     * delivery).
     *
     * @param kind what went wrong
     * @param status the HTTP status, or -1 if no response came
     * @param contentType the response's Content-Type, or {@code null}
     * @param excerpt a short redacted excerpt of the body, or empty
     * @param result the Result the peer sent, or {@code null}
     * @param answer the answer the peer sent, or {@code null}
     * @param message what happened, without secrets
     * @param cause the cause, or {@code null}
     */
    public BiClientException(Kind kind, int status, @Nullable String contentType, String excerpt, @Nullable Result result,
            @Nullable BiAnswer answer, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
        this.contentType = contentType;
        this.excerpt = Objects.requireNonNull(excerpt, "excerpt");
        this.result = result;
        this.answer = answer;
    }

    /** An exception without a response: {@link Kind#TIMEOUT} or {@link Kind#TRANSPORT}. */
    public BiClientException(Kind kind, String message, @Nullable Throwable cause) {
        this(kind, -1, null, "", null, null, message, cause);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the response, if one came. */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The response's Content-Type header, if one came with it. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The start of the body (at most 200 code points, control characters as {@code ?}, secrets redacted); empty if none. */
    public String excerpt() {
        return excerpt;
    }

    /** The Result the peer sent, in a full answer or as a bare Result object, if it could be read. */
    public Optional<Result> result() {
        return Optional.ofNullable(result);
    }

    /** The full answer the peer sent, if it could be decoded. */
    public Optional<BiAnswer> answer() {
        return Optional.ofNullable(answer);
    }

    /**
     * This exception again, with the caller's stack: a failure recorded on another thread is thrown
     * from the thread that waited for it, keeping every member and the cause; the original is suppressed in it.
     *
     * @return a new exception equal to this one but for the stack trace
     */
    public BiClientException rethrown() {
        BiClientException again = new BiClientException(kind, status, contentType, excerpt, result, answer, getMessage(),
                getCause());
        again.addSuppressed(this);
        return again;
    }
}
