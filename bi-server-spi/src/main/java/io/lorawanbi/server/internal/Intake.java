package io.lorawanbi.server.internal;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.BiNotification;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.AnswerConsumer;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.AuthenticationRefusedException;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.IntakeContext;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.NotificationConsumer;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.ServerListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The server's intake of posted answers and notifications (docs/server.md, "Receiving answers and
 * notifications"): header, authentication, ReceiverID, decoding and validation, then the consumer on
 * the handler executor under the handler timeout. No BI answer exists for an answer or a notification,
 * so every refusal is HTTP 400 with a bare {@code Result} (docs/reference.md §4.3: "HTTP 400 only when
 * no answer header can be built"), a consumer's failure HTTP 500 with a bare {@code Other}, and a
 * taken message HTTP 200 with an empty body. Logs under {@code io.lorawanbi.server.BiServer}.
 * Immutable and thread-safe.
 */
public final class Intake {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.server.BiServer");

    /** Everything the intake needs from its server. */
    public record Settings(BiCodec codec, SenderAuthenticator authenticator, Predicate<PartyID> answersFor,
            @Nullable AnswerConsumer answers, @Nullable NotificationConsumer notifications, Executor executor,
            Duration timeout, Clock clock, ServerListener listener, AnswerOutput output) {}

    private final Settings s;

    public Intake(Settings settings) {
        this.s = settings;
    }

    /**
     * Whether a failure of {@code peekRequestHeader} is only that the message is an answer or a
     * notification of a supported version, which the intake takes.
     */
    public static boolean isPosted(BiDecodeException e) {
        if (e.resultCode() == ResultCode.InvalidProtocolVersion) {
            return false;
        }
        MessageType type = e.header().map(Header::messageType).orElse(null);
        return type != null && !type.isRequest();
    }

    /**
     * Takes a posted answer or notification; the stage completes normally, never exceptionally.
     *
     * @param request the transport facts
     * @param body the request's body, not copied (it is copied into the consumer's context)
     * @param start {@link System#nanoTime()} at receipt
     */
    public CompletionStage<OutboundResponse> take(InboundRequest request, byte[] body, long start) {
        Header header;
        try {
            header = s.codec().peekHeader(body);
        } catch (BiDecodeException e) {
            return done(s.output().failed(e, s.codec().failureAnswer(e), start));
        }
        Optional<AuthenticatedPeer> peer;
        try {
            peer = Answering.authenticate(s.authenticator(), request, header);
        } catch (AuthenticationRefusedException e) {
            return done(refuse(header, ResultCode.UnknownSender, "sender not authenticated as " + header.senderId()
                    + ": " + e.reason()));
        }
        if (peer.isEmpty()) {
            return done(refuse(header, ResultCode.UnknownSender, "sender not authenticated as " + header.senderId()));
        }
        if (!s.answersFor().test(header.receiverId())) {
            return done(refuse(header, ResultCode.UnkownReceiver, "this server does not answer for "
                    + header.receiverId()));
        }
        BiMessage message;
        try {
            message = s.codec().decode(body);
        } catch (BiDecodeException e) {
            // e.g. a notification in 1.0, which has none: the version's malformed code, as the codec words it
            return done(refuse(header, e.resultCode(), s.codec().failureAnswer(e).result().description()));
        }
        Instant deadline = s.clock().instant().plus(s.timeout());
        IntakeContext context = new IntakeContext(peer.get(), header.protocolVersion(), deadline,
                request.remoteAddress(), request.attributes(), body);
        Supplier<? extends CompletionStage<IntakeOutcome>> call;
        if (message instanceof BiAnswer answer) {
            AnswerConsumer consumer = s.answers();
            call = consumer == null ? null : () -> consumer.accept(answer, context);
        } else if (message instanceof BiNotification notification) {
            NotificationConsumer consumer = s.notifications();
            call = consumer == null ? null : () -> consumer.accept(notification, context);
        } else { // the header said otherwise; cannot happen with a codec that decodes what it peeked
            return done(refuse(header, ResultCode.malformed(header.protocolVersion()), "not an answer or notification"));
        }
        if (call == null) {
            return done(taken(header, IntakeOutcome.UNMATCHED, start));
        }
        return HandlerCalls.<IntakeOutcome>invoke(call, s.executor(), () -> s.clock().instant().isAfter(deadline))
                .orTimeout(s.timeout().toNanos(), TimeUnit.NANOSECONDS)
                .handle((outcome, failure) -> failure == null ? taken(header, outcome, start) : failed(header, failure));
    }

    private OutboundResponse taken(Header header, IntakeOutcome outcome, long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        boolean answer = header.messageType().kind() == MessageType.Kind.ANSWER;
        s.output().notify(() -> {
            if (answer) {
                s.listener().answerReceived(header, outcome, elapsed);
            } else {
                s.listener().notificationReceived(header, outcome, elapsed);
            }
        });
        // DEBUG whatever the outcome: unmatched and late ones are for the listener to count, not a log line each.
        LOG.log(System.Logger.Level.DEBUG, () -> header.messageType() + " " + header.transactionId() + " from " + header.senderId() + " taken: "
                        + outcome);
        return OutboundResponse.acknowledged();
    }

    private OutboundResponse failed(Header header, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        boolean timeout = cause instanceof TimeoutException;
        LOG.log(System.Logger.Level.WARNING, () -> "consumer of " + header.messageType() + " "
                + (timeout ? "missed its deadline of " + s.timeout().toMillis() + " ms"
                        : "failed: " + cause.getClass().getName() + ": " + cause.getMessage()));
        if (!timeout && LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "consumer of " + header.messageType() + " failed", cause);
        }
        s.output().notify(() -> s.listener().consumerFailed(header, cause));
        return OutboundResponse.json(500, s.codec().encodeBareResult(Result.of(ResultCode.Other,
                timeout ? "the message was not taken in time" : "internal error")));
    }

    private OutboundResponse refuse(Header header, ResultCode code, String reason) {
        s.output().notify(() -> s.listener().intakeRefused(header, code, reason));
        LOG.log(System.Logger.Level.DEBUG, () -> header.messageType() + " " + header.transactionId() + " from "
                + header.senderId() + " refused: " + code);
        return OutboundResponse.json(400, s.codec().encodeBareResult(Result.of(code, reason)));
    }

    private static CompletionStage<OutboundResponse> done(OutboundResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
