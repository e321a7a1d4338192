package io.lorawanbi.codec;

import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.Result;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a receiver sends back for a message it could not accept (TS002 reference §4.3, §5.9), as
 * decided by {@link BiCodec#failureAnswer(BiDecodeException)}. One of two shapes:
 *
 * <ul>
 *   <li><b>addressed</b>: a BI answer of the request's answer type, with the derived answer header
 *       (IDs swapped, TransactionID and ProtocolVersion copied, tokens and 1.1 NSIDs returned) and the
 *       {@link Result} to send; it goes out with HTTP 200, as every BI answer does;
 *   <li><b>not addressed</b>: no answer can be addressed to the message (no header, no known request
 *       MessageType, no ProtocolVersion, or no readable SenderID or ReceiverID), so a bare
 *       {@code {"ResultCode":…,"Description":…}} object goes out with HTTP 400.
 * </ul>
 *
 * <p>{@link #body()} is the encoded body for either shape, ready to send with {@link #httpStatus()} and
 * {@code Content-Type: application/json}. {@code BiServer} sends exactly these bytes, so a receiver
 * built on another pipeline (Netty, Vert.x, its own) answers as {@code BiServer} does. Every text copied
 * from the message is bounded, so an addressed answer is always readable by {@link BiCodec#standard()}.
 *
 * <p>Immutable and thread-safe: the body is copied out.
 */
public final class FailureAnswer {

    /** HTTP status of an addressed answer. */
    public static final int ANSWER_STATUS = 200;
    /** HTTP status of a bare Result, sent when no answer can be addressed. */
    public static final int UNADDRESSED_STATUS = 400;

    private final @Nullable BiAnswer answer;
    private final Result result;
    private final @Nullable String unaddressedReason;
    private final byte[] body;

    private FailureAnswer(@Nullable BiAnswer answer, Result result, @Nullable String unaddressedReason, byte[] body) {
        this.answer = answer;
        this.result = result;
        this.unaddressedReason = unaddressedReason;
        this.body = body;
    }

    static FailureAnswer addressed(BiAnswer answer, byte[] body) {
        return new FailureAnswer(Objects.requireNonNull(answer, "answer"), answer.result(), null, body);
    }

    static FailureAnswer unaddressed(Result result, String reason, byte[] body) {
        return new FailureAnswer(null, result, Objects.requireNonNull(reason, "reason"), body);
    }

    /** Whether an answer could be addressed: then {@link #answer()} is present and the status is 200. */
    public boolean isAddressed() {
        return answer != null;
    }

    /** The typed answer (a record of the request's answer type holding only header and Result), if addressed. */
    public Optional<BiAnswer> answer() {
        return Optional.ofNullable(answer);
    }

    /** The Result sent either way: inside the answer, or as the bare body. */
    public Result result() {
        return result;
    }

    /** Why no answer can be addressed (for a log line), or empty when one is. */
    public Optional<String> unaddressedReason() {
        return Optional.ofNullable(unaddressedReason);
    }

    /** {@value #ANSWER_STATUS} for an addressed answer, {@value #UNADDRESSED_STATUS} for a bare Result. */
    public int httpStatus() {
        return answer != null ? ANSWER_STATUS : UNADDRESSED_STATUS;
    }

    /** The UTF-8 JSON body to send: the encoded answer, or the bare Result. A fresh copy. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return answer != null
                ? "FailureAnswer[" + answer.messageType() + " " + answer.header().transactionId() + ", "
                        + result.resultCode() + "]"
                : "FailureAnswer[HTTP 400, " + result.resultCode() + ": " + unaddressedReason + "]";
    }
}
