package io.lorawanbi.codec;

import io.lorawanbi.model.BiException;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message could not be decoded, or it breaks a rule of its version. It says how a receiver must
 * answer (docs/reference.md §4.3):
 * <ul>
 *   <li>{@link #resultCode()}: {@code MalformedRequest} for a 1.0 message, {@code MalformedMessage} for
 *       1.1 (and {@code MalformedRequest} when no version could be read), or
 *       {@code InvalidProtocolVersion} for a version this library does not support;
 *   <li>{@link #problems()}: every fault found, each with its JSON member path and a reason;
 *   <li>{@link #header()}: the header as far as it could be read (empty when no header member was
 *       read), whose members may be {@code null}, so that an answer can still be addressed when its
 *       members are there ({@link BiCodec#failureAnswer} decides);
 *   <li>{@link #rawMessageType()}: the MessageType text as it came, also when it names no known type.
 * </ul>
 *
 * <p>This is the only exception a decoder throws for bad input: parser and validation failures never
 * escape raw. Messages and reasons never repeat key material or credentials.
 */
public final class BiDecodeException extends BiException {

    private static final long serialVersionUID = 1L;

    private final transient ResultCode resultCode;
    private final List<MemberProblem> problems;
    private final transient @Nullable Header header;
    private final @Nullable String rawMessageType;

    /**
     * A new exception.
     *
     * @param resultCode the code to answer with
     * @param problems the faults, at least one
     * @param header the header as far as it could be read, or {@code null} if nothing of it was read; a
     *     header whose members are all {@code null} counts as nothing read
     * @param rawMessageType the MessageType text as it came, or {@code null}
     */
    public BiDecodeException(ResultCode resultCode, List<MemberProblem> problems, @Nullable Header header,
            @Nullable String rawMessageType) {
        super(summary(resultCode, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a decode exception needs at least one problem");
        }
        this.resultCode = resultCode;
        this.problems = List.copyOf(problems);
        this.header = header == null || header.equals(Header.builder().build()) ? null : header;
        this.rawMessageType = rawMessageType;
    }

    /** The ResultCode a receiver answers with. */
    public ResultCode resultCode() {
        return resultCode;
    }

    /** The member path of the first fault (empty for the whole body). */
    public String memberPath() {
        return problems.get(0).memberPath();
    }

    /** The reason of the first fault. */
    public String reason() {
        return problems.get(0).reason();
    }

    /** Every fault found, the first being the one that decided the result code. */
    public List<MemberProblem> problems() {
        return problems;
    }

    /**
     * The header as far as it could be read: empty when not one header member was read (a body that is
     * not JSON, not an object, or an object without header members); otherwise the members that could
     * not be read are {@code null}.
     */
    public Optional<Header> header() {
        return Optional.ofNullable(header);
    }

    /** The MessageType text as it came, if there was one. */
    public Optional<String> rawMessageType() {
        return Optional.ofNullable(rawMessageType);
    }

    /**
     * A Description for the answer's Result: the faults, joined, cut to a length a peer will log.
     */
    public String description() {
        StringBuilder out = new StringBuilder();
        for (MemberProblem p : problems) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(p);
            if (out.length() > 480) {
                out.setLength(480);
                out.append('…');
                break;
            }
        }
        return out.toString();
    }

    private static String summary(ResultCode code, List<MemberProblem> problems) {
        String first = problems.isEmpty() ? "" : problems.get(0).toString();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return code + ": " + first + more;
    }
}
