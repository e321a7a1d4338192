package io.lorawanbi.testkit.client;

import io.lorawanbi.model.BiException;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.Result;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A Backend Interfaces exchange did not yield the answer to the request (TS002 §1.2 and
 * docs/reference.md §1.3, §4.3). It says {@linkplain #kind() what went wrong}, the
 * {@linkplain #status() HTTP status} if a response came, and the {@linkplain #result() Result} and
 * {@linkplain #answer() answer} the peer sent if they could be read: brocaar's ChirpStack answers BI
 * failures with HTTP 400 and a full answer or a bare {@code {"ResultCode":…,"Description":…}}
 * object, which are read here.
 *
 * <p>An answer that arrives with HTTP 2xx is returned by the client, whatever its ResultCode: a BI
 * failure is not an exception. The message is meant for a test report; it never carries the
 * Authorization header value or key material, and names the endpoint without user information or
 * query.
 *
 * <p>Immutable once thrown (as far as {@link Throwable} allows).
 */
public final class BiClientException extends BiException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The peer answered with a status other than 2xx; the Result it sent is read if possible. */
        HTTP_STATUS,
        /** The peer answered a synchronous request with 2xx and an empty body: it answers asynchronously. */
        ANSWERED_ASYNCHRONOUSLY,
        /** The body, or the answer posted back, is not a valid answer of the expected type; the cause says why. */
        UNDECODABLE,
        /** A valid answer that is not the one to the request: another TransactionID or MessageType. */
        MISMATCHED_ANSWER,
        /**
         * A strict client ({@link BiClient.Builder#strict(boolean)}) got the answer to the request, but
         * its header departs from the derived one: another version, tokens not returned, IDs not
         * swapped, a wrong ReceiverNSID. The answer is in {@link #answer()}, the departures in the message.
         */
        NONCONFORMING_HEADER,
        /** No response, or no asynchronous answer, within the timeout. */
        TIMEOUT,
        /** The peer could not be reached, the connection failed, the wait was interrupted, or the receiver closed. */
        TRANSPORT
    }

    private final Kind kind;
    private final int status;
    private final transient @Nullable Result result;
    private final transient @Nullable BiAnswer answer;

    BiClientException(Kind kind, int status, @Nullable Result result, @Nullable BiAnswer answer, String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.result = result;
        this.answer = answer;
    }

    BiClientException(Kind kind, String message, @Nullable Throwable cause) {
        this(kind, -1, null, null, message, cause);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the response, if one came. */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
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
     * from the thread that waited for it, keeping kind, status, Result, answer, message and cause.
     */
    BiClientException rethrown() {
        return new BiClientException(kind, status, result, answer, getMessage(), getCause());
    }
}
