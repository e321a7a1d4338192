package io.lorawanbi.server;

import static java.util.concurrent.CompletableFuture.completedFuture;

import io.lorawanbi.client.BiClient;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.FailureAnswer;
import io.lorawanbi.codec.ReceivedRequest;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.internal.AnswerOutput;
import io.lorawanbi.server.internal.AnswerOutput.Answered;
import io.lorawanbi.server.internal.Answering;
import io.lorawanbi.server.internal.AsyncDelivery;
import io.lorawanbi.server.internal.ClientAnswerSender;
import io.lorawanbi.server.internal.HandlerCalls;
import io.lorawanbi.server.internal.HomeNSHandlerAdapter;
import io.lorawanbi.server.internal.Intake;
import io.lorawanbi.server.internal.ReceiverIds;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Answers Backend Interfaces requests, whatever the transport: bytes and transport facts in, HTTP
 * status, headers and bytes out (docs/reference.md §1–§5). The integrator registers handlers; the server
 * does everything else, in this order:
 *
 * <ol>
 *   <li>read the request once ({@link BiCodec#readRequest}) and check its header: a version this library does not
 *       support is answered {@code InvalidProtocolVersion}, a broken header with the malformed code;
 *       the answer is the codec's {@link BiCodec#failureAnswer}, or, when none can be addressed (no
 *       request MessageType, no ProtocolVersion, no readable SenderID or ReceiverID), HTTP 400 with a
 *       bare {@code Result};
 *   <li>authenticate the sender ({@link SenderAuthenticator}, deny by default); the authenticated identity
 *       must equal the SenderID, else {@code UnknownSender} (with the authenticator's reason when it
 *       refused with an {@link AuthenticationRefusedException});
 *   <li>check the ReceiverID against the IDs the server answers for, else {@code UnkownReceiver};
 *   <li>decode and validate the whole request, else {@code MalformedRequest} (1.0) /
 *       {@code MalformedMessage} (1.1) naming the member at fault;
 *   <li>run the handler for the type on the handler executor ({@link Builder#handlerExecutor}), so
 *       that {@link Builder#handlerTimeout} holds even for a handler that blocks; an unregistered type
 *       is answered with the malformed code of the version ("not served here"), a handler that
 *       throws, fails or misses its deadline with {@code Other};
 *   <li>derive, validate and encode the answer, and send it in the HTTP response, or, for a peer
 *       configured with {@link AnswerMode.Async}, acknowledge at once with HTTP 200 and an empty body
 *       and POST the answer to the peer's endpoint.
 * </ol>
 *
 * <p>The same endpoint takes the <b>answers</b> that asynchronous peers POST and the 1.1
 * <b>notifications</b> (PRStartNotif, ErrorNotif): a well-formed header of such a message (in a supported
 * version) leads, instead of the request refusal, to the same authentication and ReceiverID check, then
 * to decoding and validation, then to the {@link Builder#answerConsumer} or
 * {@link Builder#notificationConsumer} on the handler executor under the handler timeout. A message
 * taken is acknowledged with HTTP 200 and an empty body, also when no consumer is registered. As no BI
 * answer to an answer or a notification exists, a refusal is HTTP 400 with a bare {@code Result}
 * ({@code UnknownSender}, {@code UnkownReceiver}, or the version's malformed code, as
 * {@link BiCodec#failureAnswer} gives for every message it cannot answer: docs/reference.md §4.3 allows
 * HTTP 400 exactly when no answer header can be built), and a consumer that fails or misses its
 * deadline gets HTTP 500 with a bare {@code Other}, so that a peer that retries delivers again.
 *
 * <p>Every BI answer goes out with HTTP 200. Answers to requests refused before authentication are
 * always synchronous. Immutable and thread-safe; build one with {@link #builder()} and share it.
 * Logging goes through {@link System.Logger} ({@code io.lorawanbi.server.BiServer}); no key, token or
 * credential is ever logged.
 */
public final class BiServer {

    private static final System.Logger LOG = System.getLogger(BiServer.class.getName());

    private final BiCodec codec;
    private final SenderAuthenticator authenticator;
    private final ReceiverIds receivers;
    private final Map<PartyID, AnswerMode> modes;
    private final Map<MessageType, BiHandler<?, ?>> handlers;
    private final Duration handlerTimeout;
    private final Executor handlerExecutor;
    private final Clock clock;
    private final ServerListener listener;
    private final AsyncDelivery delivery;
    private final AnswerOutput output;
    private final Intake intake;

    private BiServer(Builder b) {
        this.codec = b.codec;
        this.authenticator = b.authenticator;
        this.receivers = new ReceiverIds(b.receivers, b.receiverRanges);
        this.modes = Map.copyOf(b.modes);
        this.handlers = new EnumMap<>(b.handlers);
        this.handlerTimeout = b.handlerTimeout;
        this.handlerExecutor = b.handlerExecutor != null ? b.handlerExecutor : HandlerCalls.defaultExecutor();
        this.clock = b.clock;
        this.listener = b.listener;
        this.output = new AnswerOutput(b.codec, b.listener, b.handlerTimeout);
        this.delivery = new AsyncDelivery(b.answerSender, b.listener);
        this.intake = new Intake(new Intake.Settings(codec, authenticator, receivers::contains, b.answerConsumer,
                b.notificationConsumer, handlerExecutor, handlerTimeout, clock, listener, output));
    }

    /** A builder with no handler, deny-all authentication, synchronous answers. */
    public static Builder builder() {
        return new Builder();
    }

    /** The largest request body the server's codec accepts, in bytes: what a transport needs to read. */
    public int maxBodyBytes() {
        return codec.limits().maxBodyBytes();
    }

    /**
     * Handles one request (or posted answer or notification) and waits for its response. Never throws
     * for any input: every failure becomes a BI answer, an HTTP 400 response or, for a consumer that
     * fails, an HTTP 500 response.
     */
    public OutboundResponse handle(InboundRequest request) {
        return handleAsync(request).toCompletableFuture().join();
    }

    /**
     * Handles one request; the stage completes with the response (normally, never exceptionally) once
     * the handler has answered, or at once for refusals and asynchronous peers.
     */
    public CompletionStage<OutboundResponse> handleAsync(InboundRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        try {
            return pipeline(request, start);
        } catch (RuntimeException e) {
            // Defensive: the pipeline has no known path to this, but the server must stay up.
            LOG.log(System.Logger.Level.ERROR, "unexpected failure while handling a request: " + e.getClass().getName());
            LOG.log(System.Logger.Level.DEBUG, "unexpected failure while handling a request", e);
            output.notify(() -> listener.refused(400, "internal error", Duration.ofNanos(System.nanoTime() - start)));
            return done(OutboundResponse.json(400, codec.encodeBareResult(Result.of(ResultCode.Other, "internal error"))));
        }
    }

    private CompletionStage<OutboundResponse> pipeline(InboundRequest request, long start) {
        byte[] body = request.bodyUnsafe();
        ReceivedRequest read;
        try {
            read = codec.readRequest(body); // one pass: the body's problems wait for read.decode()
        } catch (BiDecodeException e) {
            if (Intake.isPosted(e)) {
                return intake.take(request, body, start);
            }
            return done(output.failed(e, codec.failureAnswer(e), start));
        }
        Header header = read.header();
        Optional<AuthenticatedPeer> peer;
        try {
            peer = Answering.authenticate(authenticator, request, header);
        } catch (AuthenticationRefusedException e) {
            output.notify(() -> listener.authenticationRefused(header, e.reason()));
            return done(output.answer(header, Result.of(ResultCode.UnknownSender, "sender not authenticated as "
                    + header.senderId() + ": " + e.reason()), start));
        }
        if (peer.isEmpty()) {
            output.notify(() -> listener.authenticationRefused(header, "no credential accepted"));
            return done(output.answer(header, Result.of(ResultCode.UnknownSender, "sender not authenticated as "
                    + header.senderId()), start));
        }
        AnswerMode mode = modes.getOrDefault(header.senderId(), AnswerMode.sync());
        CompletableFuture<Answered> answer = answerAuthenticated(request, header, peer.get(), read);
        if (mode instanceof AnswerMode.Async async) {
            answer.thenAccept(a -> delivery.deliver(output.encode(header, a, start), a.answer().header(), async));
            return done(OutboundResponse.acknowledged());
        }
        return answer.thenApply(a -> OutboundResponse.owned(200, output.encode(header, a, start)));
    }

    private CompletableFuture<Answered> answerAuthenticated(InboundRequest request, Header header,
            AuthenticatedPeer peer, ReceivedRequest read) {
        if (!receivers.contains(header.receiverId())) {
            return completedFuture(Answered.derived(ReceiverIds.refusal(header)));
        }
        BiMessage message;
        try {
            message = read.decode();
        } catch (BiDecodeException e) {
            FailureAnswer failure = codec.failureAnswer(e); // addressed: the header was read already
            return completedFuture(Answered.derived(failure.answer().orElseGet(() -> Answers.failure(header, failure.result()))));
        }
        MessageType type = header.messageType();
        java.time.Instant deadline = clock.instant().plus(handlerTimeout);
        RequestContext context = new RequestContext(peer, header.protocolVersion(), deadline,
                request.remoteAddress(), request.attributes());
        BiHandler<?, ?> handler = handlers.get(type);
        if (handler == null) {
            return completedFuture(Answered.derived(Answering.notServed(header)));
        }
        boolean derived = handler instanceof HomeNSHandlerAdapter; // answers valid by construction
        CompletableFuture<Answered> result = HandlerCalls.<BiAnswer>invoke(() -> Answering.invoke(handler,
                (BiRequest<?>) message, context), derived && ((HomeNSHandlerAdapter) handler).runsInline()
                        ? Runnable::run : handlerExecutor, () -> clock.instant().isAfter(deadline))
                .thenApply(a -> derived ? Answered.derived(a) : output.checked(header, a));
        return result.orTimeout(handlerTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((a, failure) -> failure == null ? a : Answered.derived(output.handlerFailure(header, failure)));
    }

    private static CompletionStage<OutboundResponse> done(OutboundResponse response) {
        return CompletableFuture.completedFuture(response);
    }

    /**
     * Builds a {@link BiServer}. Not thread-safe; every setter returns this builder.
     */
    public static final class Builder {
        private BiCodec codec = BiCodec.standard();
        private SenderAuthenticator authenticator = SenderAuthenticator.denyAll();
        private final Set<PartyID> receivers = new java.util.HashSet<>();
        private final java.util.List<JoinEuiRange> receiverRanges = new java.util.ArrayList<>();
        private final Map<PartyID, AnswerMode> modes = new HashMap<>();
        private final Map<MessageType, BiHandler<?, ?>> handlers = new EnumMap<>(MessageType.class);
        private Duration handlerTimeout = Duration.ofSeconds(5);
        private @Nullable Executor handlerExecutor;
        private Clock clock = Clock.systemUTC();
        private ServerListener listener = new ServerListener() {};
        private AnswerSender answerSender = AnswerSender.jdk();
        private @Nullable AnswerConsumer answerConsumer;
        private @Nullable NotificationConsumer notificationConsumer;

        private Builder() {}

        /**
         * The HomeNSReq handler: a lookup whose outcome the server turns into the whole HomeNSAns. It is
         * registered as the {@link BiHandler} of HomeNSReq, so there is one handler per type either way.
         *
         * @throws IllegalStateException if HomeNSReq has a {@link BiHandler} already
         */
        public Builder homeNsHandler(HomeNSHandler handler) {
            if (handlers.containsKey(MessageType.HomeNSReq)
                    && !(handlers.get(MessageType.HomeNSReq) instanceof HomeNSHandlerAdapter)) {
                throw new IllegalStateException("HomeNSReq already has a BiHandler");
            }
            handlers.put(MessageType.HomeNSReq, new HomeNSHandlerAdapter(Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /**
         * The handler of another request type.
         *
         * @param requestType the request record class, for example {@code JoinReq.class}
         * @param handler its handler
         */
        public <Q extends BiRequest<A>, A extends BiAnswer> Builder handler(Class<Q> requestType, BiHandler<Q, A> handler) {
            Objects.requireNonNull(handler, "handler");
            MessageType type = Answering.requestType(requestType);
            if (handlers.get(type) instanceof HomeNSHandlerAdapter) {
                throw new IllegalStateException("HomeNSReq already has a HomeNSHandler");
            }
            handlers.put(type, handler);
            return this;
        }

        /** Who may send requests (default: nobody). */
        public Builder authenticator(SenderAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /**
         * The ReceiverIDs this server answers for (its JoinEUIs and NetIDs); a request addressed to
         * another gets {@code UnkownReceiver}. When no ID and no {@linkplain #answersFor(JoinEuiRange)
         * range} is given, every ReceiverID is accepted.
         */
        public Builder answersFor(Collection<? extends PartyID> ids) {
            receivers.addAll(ids);
            return this;
        }

        /** As {@link #answersFor(Collection)}. */
        public Builder answersFor(PartyID... ids) {
            return answersFor(java.util.List.of(ids));
        }

        /**
         * A block of JoinEUIs this server answers for (a Join Server usually serves a prefix), in
         * addition to the exact IDs of {@link #answersFor(Collection)}; may be called several times.
         */
        public Builder answersFor(JoinEuiRange range) {
            receiverRanges.add(Objects.requireNonNull(range, "range"));
            return this;
        }

        /** How a peer, by its SenderID, receives answers (default {@link AnswerMode#sync()}). */
        public Builder answerMode(PartyID sender, AnswerMode mode) {
            modes.put(Objects.requireNonNull(sender, "sender"), Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /** How long a handler may take before the request is answered {@code Other} (default 5 s). */
        public Builder handlerTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("handler timeout must be positive");
            }
            this.handlerTimeout = timeout;
            return this;
        }

        /**
         * Where handlers are called. Every handler call (the call itself, not only the stage it
         * returns) runs there, so {@link #handlerTimeout} holds for every handler shape, also for a
         * {@link HomeNSHandler#immediate} lookup that blocks: the request is answered {@code Other} at
         * the deadline while the lookup goes on in the background. A call still queued at its deadline
         * is answered without being run; a call the executor refuses is answered {@code Other} at once.
         * A {@link HomeNSHandler#nonBlocking} lookup is the one exception: it is called on the thread
         * handling the request, as its integrator declared it never blocks.
         * Default: a pool of its own, 64 daemon threads (ending after 60 s idle) and a queue of 1,024
         * calls. {@code Runnable::run} calls handlers on the transport's thread: then a handler that
         * blocks before it returns its stage is <b>not</b> bounded by the timeout.
         */
        public Builder handlerExecutor(Executor executor) {
            this.handlerExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The codec (default {@link BiCodec#standard()}). */
        public Builder codec(BiCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /** The clock for deadlines (default the UTC system clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** A listener for metrics and logs. */
        public Builder listener(ServerListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The sender of asynchronous answers (default {@link AnswerSender#jdk()}). */
        public Builder answerSender(AnswerSender sender) {
            this.answerSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /**
         * Takes the answers that asynchronous peers POST to this endpoint (docs/server.md, "Receiving
         * answers and notifications"). Without one, a posted answer that passes authentication and
         * validation is still acknowledged with HTTP 200, and reported to
         * {@link ServerListener#answerReceived} as {@link IntakeOutcome#UNMATCHED}. A second call
         * replaces the consumer.
         */
        public Builder answerConsumer(AnswerConsumer consumer) {
            this.answerConsumer = Objects.requireNonNull(consumer, "consumer");
            return this;
        }

        /**
         * Hands the answers that asynchronous peers POST to this endpoint to a client's pending requests
         * ({@link BiClient#acceptAnswer(byte[])}, with the body as received): the requester's side of the
         * asynchronous mode (docs/client.md, "Asynchronous peers"). COMPLETED, LATE and UNMATCHED become
         * {@link IntakeOutcome#MATCHED}, {@code LATE} and {@code UNMATCHED}. Replaces the answer consumer.
         */
        public Builder answersTo(BiClient client) {
            return answerConsumer(ClientAnswerSender.consumer(client));
        }

        /**
         * Takes the 1.1 notifications (PRStartNotif, ErrorNotif) that peers POST to this endpoint.
         * Without one, a posted notification that passes authentication and validation is still
         * acknowledged with HTTP 200, and reported to {@link ServerListener#notificationReceived} as
         * {@link IntakeOutcome#UNMATCHED}. A second call replaces the consumer.
         */
        public Builder notificationConsumer(NotificationConsumer consumer) {
            this.notificationConsumer = Objects.requireNonNull(consumer, "consumer");
            return this;
        }

        /** The server. */
        public BiServer build() {
            return new BiServer(this);
        }
    }
}
