package io.lorawanbi.codec;

import io.lorawanbi.codec.internal.BareResults;
import io.lorawanbi.codec.internal.EchoText;
import io.lorawanbi.codec.internal.Engine;
import io.lorawanbi.codec.internal.HibernateValidatorBootstrap;
import io.lorawanbi.codec.internal.RuleCheck;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.Result;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON codec of the LoRaWAN Backend Interfaces 1.0 and 1.1: the one place that knows the wire
 * format. Build one with {@link #standard()} or {@link #builder()} and share it.
 *
 * <p><b>Decoding</b> accepts what real peers send (either hex case, one {@code 0x}/{@code 0X} prefix,
 * {@code null} and {@code ""} for absent members, unknown members, any member order, integers where
 * floats are expected, RFC 3339 times with any fraction and offset, the known aliases of member names
 * and result codes) and yields the record of the message's type, validated against the rules of its
 * ProtocolVersion. Anything else yields a {@link BiDecodeException} that says which ResultCode to
 * answer with and which member is at fault; no input produces another exception, an unbounded
 * allocation or a hang (see {@link CodecLimits}).
 *
 * <p><b>Encoding</b> emits exactly what the message's version requires: exact member names in
 * specification order, uppercase hex without prefix, no {@code null}s, absent members omitted,
 * 1.1-only members never in 1.0, the version's own result-code names, MACVersion as {@code 1.0.x} or
 * {@code 1.1}. A message that breaks its version's rules is refused with a {@link BiEncodeException}.
 *
 * <p>Immutable and thread-safe. The rules are the Jakarta Validation annotations on the model's records
 * ({@code io.lorawanbi.model.validation}); by default they are checked by code generated from those
 * annotations at build time ({@link io.lorawanbi.model.validation.MessageRules}), without reflection
 * or a validation provider. A codec can instead run them through Hibernate Validator
 * ({@link Builder#hibernateValidator()}) or a host's own Jakarta Validation {@link Validator}
 * ({@link Builder#validator(Validator)}); all three report the same faults.
 */
public final class BiCodec {

    private static final class Standard {
        static final BiCodec INSTANCE = builder().build();
    }

    private final Engine engine;
    private final CodecLimits limits;

    private BiCodec(Builder b) {
        this.limits = b.limits;
        RuleCheck validator = !b.validation ? null
                : b.validator != null ? RuleCheck.jakarta(b.validator)
                : b.hibernateValidator ? RuleCheck.jakarta(HibernateValidatorBootstrap.validator())
                : RuleCheck.GENERATED;
        this.engine = new Engine(b.limits, validator, b.strictNsids);
    }

    /** The shared codec with default options: default limits, validation on, liberal NSID rules. */
    public static BiCodec standard() {
        return Standard.INSTANCE;
    }

    /** A builder for a codec with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Decodes one message and validates it against the rules of its ProtocolVersion.
     *
     * @param body the HTTP body, UTF-8 JSON
     * @return the message, of the record class of its MessageType
     * @throws BiDecodeException if the body is not a valid message of a supported version
     */
    public BiMessage decode(byte[] body) {
        Objects.requireNonNull(body, "body");
        return engine.decode(body, body.length);
    }

    /**
     * Decodes one message from a stream, reading at most the body size limit (and one byte more to
     * detect an oversized body). The stream is not closed.
     *
     * @throws BiDecodeException if the body is not a valid message, or is larger than the limit
     * @throws UncheckedIOException if the stream fails
     */
    public BiMessage decode(InputStream body) {
        byte[] bytes = readBounded(body);
        return engine.decode(bytes, bytes.length);
    }

    /**
     * Decodes one message and checks that it is of the expected type.
     *
     * @throws BiDecodeException if the body is not a valid message, or is a message of another type
     */
    public <M extends BiMessage> M decode(byte[] body, Class<M> type) {
        BiMessage message = decode(body);
        if (!type.isInstance(message)) {
            throw new BiDecodeException(ResultCode.malformed(message.protocolVersion()),
                    List.of(new MemberProblem("MessageType", "is " + message.messageType() + ", expected "
                            + type.getSimpleName())), message.header(), message.messageType().wireName());
        }
        return type.cast(message);
    }

    /**
     * Reads the header of a message alone, skipping the body without decoding it, so that a receiver
     * can build its answer header even when the body is broken.
     *
     * @return the header; its ProtocolVersion may be one this library does not support
     * @throws BiDecodeException if the body is not a JSON object within the limits, or a required
     *     header member is missing or malformed ({@link BiDecodeException#header()} then holds the rest)
     */
    public Header peekHeader(byte[] body) {
        Objects.requireNonNull(body, "body");
        return engine.peekHeader(body, body.length, false);
    }

    /**
     * Reads the header of a request as a receiver checks it first (docs/reference.md §5.9), skipping the
     * body: as {@link #peekHeader}, and also refusing a version this library does not support (before
     * anything else, as {@link #decode(byte[])} does) and a MessageType that is not a request type.
     * Together with {@link #failureAnswer(BiDecodeException)} it gives the first step of a receiver:
     * <pre>{@code
     * try {
     *     Header header = codec.peekRequestHeader(body); // then authenticate, decode, handle
     * } catch (BiDecodeException e) {
     *     FailureAnswer failure = codec.failureAnswer(e); // send failure.httpStatus(), failure.body()
     * }
     * }</pre>
     *
     * @return the header of a request of version 1.0 or 1.1, with every required member
     * @throws BiDecodeException with {@code InvalidProtocolVersion} for an unsupported version, else with
     *     the malformed code of the version when the body is not a JSON object within the limits, a
     *     required header member is missing or malformed, or the MessageType is not a request type
     */
    public Header peekRequestHeader(byte[] body) {
        Objects.requireNonNull(body, "body");
        return engine.peekHeader(body, body.length, true);
    }

    /**
     * Reads a request for a receiver in one pass over the body: the header is checked as
     * {@link #peekRequestHeader} checks it, and the whole request is then available from
     * {@link ReceivedRequest#decode()} without reading the bytes again. The record is neither built nor
     * validated before {@code decode()}, and a problem in the body is reported only by {@code decode()},
     * so a receiver that authenticates the sender in between tells an unauthenticated sender nothing
     * about its body:
     * <pre>{@code
     * ReceivedRequest read = codec.readRequest(body); // refused as peekRequestHeader refuses
     * Header header = read.header();                  // authenticate the sender by it, then:
     * BiMessage request = read.decode();              // refused as decode(byte[]) refuses
     * }</pre>
     *
     * @return the request read, with its header
     * @throws BiDecodeException as {@link #peekRequestHeader}
     */
    public ReceivedRequest readRequest(byte[] body) {
        Objects.requireNonNull(body, "body");
        return new ReceivedRequest(engine.readRequest(body, body.length));
    }

    /**
     * What to send back for a message that failed to decode: the answer addressed to it, or, when none
     * can be addressed, a bare Result for HTTP 400. Never throws. The rules (docs/reference.md §4.3,
     * §5.9; see docs/server.md):
     *
     * <ul>
     *   <li>an answer is addressed when the header that could be read has a request MessageType, a
     *       ProtocolVersion (supported or not) and a SenderID and ReceiverID in the forms their roles
     *       require; its Result is the exception's {@link BiDecodeException#resultCode()} and
     *       {@link BiDecodeException#description()};
     *   <li>a missing or unreadable TransactionID does not prevent it: the answer carries TransactionID
     *       0, as The Things Stack reads a missing one;
     *   <li>a ProtocolVersion this library does not support is echoed, cut to 32 code points; the
     *       Description is cut to 512; lone surrogates become U+FFFD; so the answer always decodes with
     *       the default limits (an answer in an unsupported version is then refused only for its
     *       version, with its header read);
     *   <li>otherwise no answer can be addressed (no header, a missing or unknown MessageType, an answer
     *       or notification, no ProtocolVersion, no readable SenderID or ReceiverID):
     *       {@link FailureAnswer#body()} is the bare {@code {"ResultCode":…,"Description":…}} object.
     * </ul>
     *
     * @param failure what {@link #decode(byte[])}, {@link #peekHeader} or {@link #peekRequestHeader} threw
     * @return the answer to send, with its HTTP status (200 or 400) and its encoded body
     */
    public FailureAnswer failureAnswer(BiDecodeException failure) {
        Objects.requireNonNull(failure, "failure");
        Result result = Result.of(failure.resultCode(), EchoText.bounded(failure.description(), EchoText.MAX_DESCRIPTION));
        Header h = failure.header().orElse(null);
        String unaddressable = unaddressable(h, failure);
        if (unaddressable == null) {
            Header request = h.toBuilder()
                    .protocolVersion(ProtocolVersion.of(EchoText.bounded(h.protocolVersion().value(), EchoText.MAX_VERSION)))
                    .transactionId(h.transactionId() == null ? Long.valueOf(0) : h.transactionId())
                    .build();
            BiAnswer answer = Answers.failure(request, result);
            try {
                return FailureAnswer.addressed(answer, engine.encode(answer, false)); // valid by construction
            } catch (RuntimeException e) {
                unaddressable = "the answer could not be encoded";
            }
        }
        return FailureAnswer.unaddressed(result, unaddressable, encodeBareResult(result));
    }

    private static @Nullable String unaddressable(@Nullable Header h, BiDecodeException failure) {
        if (h == null) {
            return "no header member could be read";
        }
        if (h.messageType() == null) {
            return failure.rawMessageType().isPresent() ? "MessageType is not a Backend Interfaces message type"
                    : "MessageType is missing";
        }
        if (!h.messageType().isRequest()) {
            return h.messageType() + " is not a request";
        }
        if (h.protocolVersion() == null) {
            return "ProtocolVersion is missing";
        }
        if (h.senderId() == null) {
            return "SenderID is missing or not in the form its role requires";
        }
        return h.receiverId() == null ? "ReceiverID is missing or not in the form its role requires" : null;
    }

    /**
     * The bare Result object, {@code {"ResultCode":…,"Description":…}}, that a receiver sends with HTTP
     * 400 when no answer can be addressed (and that brocaar's clients read). The code is written under
     * its canonical name; the Description is omitted when absent or empty and cut to 512 code points.
     *
     * @return UTF-8 JSON
     */
    public byte[] encodeBareResult(Result result) {
        Objects.requireNonNull(result, "result");
        return BareResults.encode(result.resultCode(), result.description());
    }

    /**
     * Encodes a message in its own protocol version.
     *
     * @return UTF-8 JSON
     * @throws BiEncodeException if the message breaks a rule of its version (with validation on)
     */
    public byte[] encode(BiMessage message) {
        Objects.requireNonNull(message, "message");
        return engine.encode(message);
    }

    /** The limits this codec enforces. */
    public CodecLimits limits() {
        return limits;
    }

    private byte[] readBounded(InputStream in) {
        Objects.requireNonNull(in, "body");
        try {
            byte[] bytes = in.readNBytes(limits.maxBodyBytes() + 1);
            if (bytes.length > limits.maxBodyBytes()) {
                throw new BiDecodeException(ResultCode.MalformedRequest, List.of(new MemberProblem("",
                        "the body exceeds the limit of " + limits.maxBodyBytes() + " bytes")), null, null);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the body failed", e);
        }
    }

    /**
     * Builds a {@link BiCodec}. Not thread-safe; every setter returns this builder.
     */
    public static final class Builder {
        private CodecLimits limits = CodecLimits.DEFAULTS;
        private boolean validation = true;
        private boolean strictNsids;
        private @Nullable Validator validator;
        private boolean hibernateValidator;

        private Builder() {}

        /** The decoding limits (default {@link CodecLimits#DEFAULTS}). */
        public Builder limits(CodecLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether decoded messages are validated against their version's rules, and messages to encode
         * checked likewise (default true). Without validation a decoded message may hold {@code null}
         * in a required member.
         */
        public Builder validation(boolean on) {
            this.validation = on;
            return this;
        }

        /**
         * The Things Stack's NSID rules (default false): a 1.1 request from a Network Server must carry
         * SenderNSID, and a 1.0 message carrying an NSID is malformed. When false, a 1.1 request without
         * SenderNSID is accepted and NSIDs in a 1.0 message are dropped.
         */
        public Builder strictNsids(boolean on) {
            this.strictNsids = on;
            return this;
        }

        /**
         * Checks the rules with the given Jakarta Validation validator instead of the generated rules,
         * for example a host's own, configured provider. Faults are reported at the JSON member paths
         * of {@link io.lorawanbi.model.validation.MemberPath}, with the validator's messages. Takes
         * precedence over {@link #hibernateValidator()}.
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Checks the rules with Hibernate Validator instead of the generated rules: bootstrapped once,
         * when the codec is built, with {@code ParameterMessageInterpolator} (no expression-language
         * implementation needed) and its start-up banner kept out of the host's log. The faults are
         * the same; the generated rules are several times faster. Hibernate Validator is an optional
         * dependency of the codec: the host adds {@code org.hibernate.validator:hibernate-validator}
         * (on the module path also {@code --add-modules org.hibernate.validator}), else
         * {@link #build()} throws {@link IllegalStateException}.
         */
        public Builder hibernateValidator() {
            this.hibernateValidator = true;
            return this;
        }

        /** The codec. */
        public BiCodec build() {
            return new BiCodec(this);
        }
    }
}
