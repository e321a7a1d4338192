package io.lorawanbi.testkit.assertions;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Result;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions shared by every Backend Interfaces answer (TS002 §3.1, docs/reference.md §2.3 and §4.3): its
 * Result and its header. Each method fails with an {@link AssertionError} that says what was expected
 * and what the answer holds, member by member; an assertion on a {@code null} answer fails as
 * {@link #isNotNull()} does.
 *
 * <p>Not thread-safe: one per assertion chain.
 *
 * @param <SELF> the assertion's own type, returned by every method for chaining
 * @param <ACTUAL> the answer type
 */
public abstract class AbstractBiAnswerAssert<SELF extends AbstractBiAnswerAssert<SELF, ACTUAL>, ACTUAL extends BiAnswer>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    /**
     * Assertions on an answer.
     *
     * @param actual the answer, or {@code null}
     * @param selfType the concrete assertion class
     */
    protected AbstractBiAnswerAssert(@Nullable ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** Checks that the ResultCode is {@code Success}. */
    public SELF isSuccess() {
        return hasResultCode(ResultCode.Success);
    }

    /**
     * Checks the ResultCode. Codes are compared by their canonical names, so the two spellings of the
     * receiver code are one code, while {@code MalformedRequest} and {@code MalformedMessage} are two
     * (each version has its own).
     */
    public SELF hasResultCode(ResultCode expected) {
        Objects.requireNonNull(expected, "expected");
        Result result = result();
        ResultCode code = result.resultCode();
        if (!expected.equals(code)) {
            String wanted = expected.wireName(version());
            failWithActualExpectedAndMessage(String.valueOf(code), wanted, escape("Expecting " + describeActual()
                    + " to have ResultCode " + wanted + " but ResultCode was " + AnswerHeaderDifferences.show(code)
                    + describeDescription(result)));
        }
        return myself;
    }

    /** Checks that the Result has a Description containing the text. */
    public SELF hasDescriptionContaining(String text) {
        Objects.requireNonNull(text, "text");
        Result result = result();
        String description = result.description();
        if (description == null || !description.contains(text)) {
            failWithMessage(escape("Expecting " + describeActual() + " to have a Description containing \"" + text
                    + "\" but " + (description == null ? "it had no Description" : "Description was \"" + description + "\"")));
        }
        return myself;
    }

    /**
     * Checks that the answer's header is the one derived from the request's (docs/reference.md §2.3):
     * MessageType the request type's answer type; ProtocolVersion and TransactionID copied; SenderID
     * the request's ReceiverID and ReceiverID its SenderID; SenderToken the request's ReceiverToken and
     * ReceiverToken its SenderToken (both absent when the request had none); in 1.1 ReceiverNSID the
     * request's SenderNSID; in any other version neither SenderNSID nor ReceiverNSID. A 1.1 answer's
     * SenderNSID and VSExtension are not checked. Every member that differs is listed in the failure.
     */
    public SELF answers(BiRequest<?> request) {
        Objects.requireNonNull(request, "request");
        isNotNull();
        List<String> differences = AnswerHeaderDifferences.between(request.header(), actual.header());
        if (!differences.isEmpty()) {
            failWithMessage(escape("Expecting " + describeActual() + " to answer the " + request.messageType()
                    + " (TransactionID " + request.header().transactionId() + ") but its header differs from the derived one:\n  "
                    + String.join("\n  ", differences)));
        }
        return myself;
    }

    /** The answer's Result; fails if the answer is {@code null} or has none. */
    final Result result() {
        isNotNull();
        Result result = actual.result();
        if (result == null || result.resultCode() == null) {
            failWithMessage(escape("Expecting " + describeActual() + " to have a Result with a ResultCode but it had none"));
        }
        return result;
    }

    /** {@code the HomeNSAns (ProtocolVersion 1.1, TransactionID 42)}. */
    final String describeActual() {
        return "the " + actual.messageType() + " (ProtocolVersion " + actual.protocolVersion() + ", TransactionID "
                + actual.header().transactionId() + ")";
    }

    /** Text with {@code %} escaped, for AssertJ's format-based failure methods. */
    static String escape(String text) {
        return text.replace("%", "%%");
    }

    private @Nullable ProtocolVersion version() {
        return actual.protocolVersion();
    }

    private static String describeDescription(Result result) {
        String d = result.description();
        return d == null || d.isEmpty() ? "" : " (Description: \"" + d + "\")";
    }
}
