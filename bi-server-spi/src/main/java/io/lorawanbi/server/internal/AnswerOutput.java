package io.lorawanbi.server.internal;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.codec.FailureAnswer;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.ServerListener;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

/**
 * The last stage of the server's pipeline: encodes answers (replacing a handler's answer that breaks
 * its version's rules by {@code Other}), turns handler failures into {@code Other} answers, sends the
 * codec's failure answers as they are, and tells the listener and the log what was answered. Logs under
 * the name {@code io.lorawanbi.server.BiServer}; never logs a key, token or credential. Immutable and
 * thread-safe.
 */
public final class AnswerOutput {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.server.BiServer");

    /** An answer, and whether the server derived it itself (valid by construction) or a handler made it. */
    public record Answered(BiAnswer answer, boolean derived) {
        /** An answer the server derived itself. */
        public static Answered derived(BiAnswer answer) {
            return new Answered(answer, true);
        }
    }

    private final BiCodec codec;
    /** Encodes the answers the server derives itself, valid by construction; handlers' go through {@link #codec}. */
    private final BiCodec derivedEncoder;
    private final ServerListener listener;
    private final Duration handlerTimeout;

    public AnswerOutput(BiCodec codec, ServerListener listener, Duration handlerTimeout) {
        this.codec = codec;
        this.derivedEncoder = BiCodec.builder().limits(codec.limits()).validation(false).build();
        this.listener = listener;
        this.handlerTimeout = handlerTimeout;
    }

    /** A handler's answer addressed otherwise than the derived header would reach another transaction. */
    public Answered checked(Header requestHeader, BiAnswer answer) {
        String wrong = Answering.misaddressed(requestHeader.answerHeader(), answer.header());
        if (wrong != null) {
            return Answered.derived(handlerFailure(requestHeader, new IllegalStateException(
                    "the handler's answer to " + requestHeader.messageType() + " has the wrong " + wrong)));
        }
        return new Answered(answer, false);
    }

    /** The {@code Other} answer for a handler that failed or missed its deadline, logged and reported. */
    public BiAnswer handlerFailure(Header requestHeader, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        boolean timeout = cause instanceof TimeoutException;
        LOG.log(System.Logger.Level.WARNING, () -> "handler for " + requestHeader.messageType()
                + (timeout ? " missed its deadline of " + handlerTimeout.toMillis() + " ms"
                        : " failed: " + cause.getClass().getName() + ": " + cause.getMessage()));
        if (!timeout && LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "handler for " + requestHeader.messageType() + " failed", cause);
        }
        notify(() -> listener.handlerFailed(requestHeader, cause));
        return Answers.failure(requestHeader, Result.of(ResultCode.Other,
                timeout ? "the answer was not ready in time" : "internal error"));
    }

    /** The encoded answer; a handler's answer that breaks the rules is replaced by Other. */
    public byte[] encode(Header requestHeader, Answered answered, long start) {
        BiAnswer answer = answered.answer();
        byte[] bytes;
        try {
            bytes = answered.derived() ? derivedEncoder.encode(answer) : codec.encode(answer);
        } catch (BiEncodeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "answer to " + requestHeader.messageType()
                    + " breaks the rules of its version: " + e.problems());
            BiAnswer other = handlerFailure(requestHeader, e);
            bytes = derivedEncoder.encode(other);
            answer = other;
        }
        BiAnswer sent = answer;
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        notify(() -> listener.answered(requestHeader, sent.result().resultCode(), elapsed));
        LOG.log(System.Logger.Level.DEBUG, () -> requestHeader.messageType() + " " + requestHeader.transactionId()
                + " from " + requestHeader.senderId() + " answered " + sent.result().resultCode());
        return bytes;
    }

    /** A failure answer the server derives from the request header, with HTTP 200. */
    public OutboundResponse answer(Header requestHeader, Result result, long start) {
        return OutboundResponse.json(200, encode(requestHeader,
                Answered.derived(Answers.failure(requestHeader, result)), start));
    }

    /** The codec's failure answer, sent as it is: an addressed answer with HTTP 200, else a bare Result. */
    public OutboundResponse failed(BiDecodeException e, FailureAnswer failure, long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String reason = failure.unaddressedReason().orElse("") + ": " + failure.result().description();
        notify(() -> {
            if (failure.isAddressed()) {
                listener.answered(e.header().orElseThrow(), failure.result().resultCode(), elapsed);
            } else {
                listener.refused(failure.httpStatus(), reason, elapsed);
            }
        });
        LOG.log(System.Logger.Level.DEBUG, () -> "not accepted, answered " + failure);
        return OutboundResponse.json(failure.httpStatus(), failure.body());
    }

    /** Runs a listener call; a listener that throws is logged at DEBUG and otherwise ignored. */
    public void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "listener failed: " + e.getClass().getName());
        }
    }
}
