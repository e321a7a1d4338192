package io.lorawanbi.server;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyId;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.internal.AsyncDelivery;
import io.lorawanbi.server.internal.BareResult;
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
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Answers Backend Interfaces requests, whatever the transport: bytes and transport facts in, HTTP
 * status, headers and bytes out (TS002 reference §1–§5). The integrator registers handlers; the server
 * does everything else, in this order:
 *
 * <ol>
 *   <li>read the header ({@link BiCodec#peekHeader}); without a usable header, HTTP 400 with a bare
 *       {@code Result} (no answer can be addressed);
 *   <li>check that the MessageType is a request (else HTTP 400) and the version is supported
 *       (else {@code InvalidProtocolVersion}, in the request's own version string);
 *   <li>authenticate the sender ({@link Authenticator}, deny by default); the authenticated identity
 *       must equal the SenderID, else {@code UnknownSender};
 *   <li>check the ReceiverID against the IDs the server answers for, else {@code UnkownReceiver};
 *   <li>decode and validate the whole request, else {@code MalformedRequest} (1.0) /
 *       {@code MalformedMessage} (1.1) naming the member at fault;
 *   <li>run the handler for the type; an unregistered type is answered with the malformed code of
 *       the version ("not served here"), a handler that throws, fails or misses its deadline with
 *       {@code Other};
 *   <li>derive, validate and encode the answer, and send it in the HTTP response, or, for a peer
 *       configured with {@link AnswerMode.Async}, acknowledge at once with HTTP 200 and an empty body
 *       and POST the answer to the peer's endpoint.
 * </ol>
 *
 * <p>Every BI answer goes out with HTTP 200. Answers to requests refused before authentication are
 * always synchronous. Immutable and thread-safe; build one with {@link #builder()} and share it.
 * Logging goes through {@link System.Logger} ({@code io.lorawanbi.server.BiServer}); no key, token or
 * credential is ever logged.
 */
public final class BiServer {

    private static final System.Logger LOG = System.getLogger(BiServer.class.getName());

    private final BiCodec codec;
    /**
     * Encodes the answers the server derives itself (failure answers, HomeNSAns from a typed outcome):
     * they are valid by construction, from a validated request header or a typed outcome, so they are
     * not validated again. Handler-supplied answers go through {@link #codec}, which validates them.
     */
    private final BiCodec derivedEncoder;
    private final Authenticator authenticator;
    private final Set<PartyId> receivers;
    private final java.util.List<JoinEuiRange> receiverRanges;
    private final Map<PartyId, AnswerMode> modes;
    private final Map<MessageType, BiHandler<?, ?>> handlers;
    private final @Nullable HomeNsHandler homeNsHandler;
    private final Duration handlerTimeout;
    private final Clock clock;
    private final ServerListener listener;
    private final AsyncDelivery delivery;

    private BiServer(Builder b) {
        this.codec = b.codec;
        this.derivedEncoder = BiCodec.builder().limits(b.codec.limits()).validation(false).build();
        this.authenticator = b.authenticator;
        this.receivers = Set.copyOf(b.receivers);
        this.receiverRanges = java.util.List.copyOf(b.receiverRanges);
        this.modes = Map.copyOf(b.modes);
        this.handlers = new EnumMap<>(b.handlers);
        this.homeNsHandler = b.homeNsHandler;
        this.handlerTimeout = b.handlerTimeout;
        this.clock = b.clock;
        this.listener = b.listener;
        this.delivery = new AsyncDelivery(b.answerSender, b.listener);
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
     * Handles one request and waits for its response. Never throws for any input: every failure
     * becomes a BI answer or an HTTP 400 response.
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
            return CompletableFuture.completedFuture(refuse("internal error", null));
        }
    }

    private CompletionStage<OutboundResponse> pipeline(InboundRequest request, long start) {
        byte[] body = request.bodyUnsafe();
        Header header;
        try {
            header = codec.peekHeader(body);
        } catch (BiDecodeException e) {
            Header partial = e.header().orElse(null);
            if (canAnswer(partial)) {
                return done(answer(partial, Result.of(e.resultCode(), e.description()), start));
            }
            return done(refuse(e.description(), e.resultCode()));
        }
        MessageType type = header.messageType();
        if (!type.isRequest()) {
            return done(refuse(type + " is not a request", ResultCode.malformed(header.protocolVersion())));
        }
        ProtocolVersion version = header.protocolVersion();
        if (!version.isSupported()) {
            return done(answer(header, Result.of(ResultCode.InvalidProtocolVersion,
                    "protocol version " + version + " is not supported; use 1.0 or 1.1"), start));
        }
        Optional<AuthenticatedPeer> peer = authenticate(request, header);
        if (peer.isEmpty()) {
            return done(answer(header, Result.of(ResultCode.UnknownSender, "sender not authenticated as "
                    + header.senderId()), start));
        }
        AnswerMode mode = modes.getOrDefault(header.senderId(), AnswerMode.sync());
        CompletableFuture<Answered> answer = answerAuthenticated(request, header, peer.get(), body);
        if (mode instanceof AnswerMode.Async async) {
            answer.thenAccept(a -> delivery.deliver(encodeSafely(header, a, start), a.answer().header(), async));
            return done(OutboundResponse.acknowledged());
        }
        return answer.thenApply(a -> OutboundResponse.json(200, encodeSafely(header, a, start)));
    }

    /** An answer, and whether the server derived it itself (valid by construction) or a handler made it. */
    private record Answered(BiAnswer answer, boolean derived) {
        static Answered derived(BiAnswer answer) {
            return new Answered(answer, true);
        }
    }

    private CompletableFuture<Answered> answerAuthenticated(InboundRequest request, Header header,
            AuthenticatedPeer peer, byte[] body) {
        if (!answersFor(header.receiverId())) {
            return completed(Answered.derived(Answers.failure(header, Result.of(ResultCode.UnkownReceiver,
                    "this server does not answer for " + header.receiverId()))));
        }
        BiMessage message;
        try {
            message = codec.decode(body);
        } catch (BiDecodeException e) {
            return completed(Answered.derived(Answers.failure(header, Result.of(e.resultCode(), e.description()))));
        }
        MessageType type = header.messageType();
        RequestContext context = new RequestContext(peer, header.protocolVersion(),
                clock.instant().plus(handlerTimeout), request.remoteAddress(), request.attributes());
        CompletableFuture<Answered> result;
        if (message instanceof HomeNSReq homeNs && homeNsHandler != null) {
            result = this.<HomeNsOutcome>invoke(() -> homeNsHandler.resolve(homeNs, context))
                    .thenApply(o -> Answered.derived(homeNsAnswer(homeNs, o)));
        } else if (handlers.containsKey(type)) {
            result = this.<BiAnswer>invoke(() -> invokeHandler(handlers.get(type), (BiRequest<?>) message, context))
                    .thenApply(a -> checked(header, a));
        } else {
            return completed(Answered.derived(Answers.failure(header, Result.of(
                    ResultCode.malformed(header.protocolVersion()), type + " is not served here"))));
        }
        return result.orTimeout(handlerTimeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((a, failure) -> failure == null ? a : Answered.derived(handlerFailure(header, failure)));
    }

    private boolean answersFor(PartyId receiver) {
        return receivers.isEmpty() && receiverRanges.isEmpty() || receivers.contains(receiver)
                || receiverRanges.stream().anyMatch(r -> r.contains(receiver));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CompletionStage<? extends BiAnswer> invokeHandler(BiHandler handler, BiRequest<?> request,
            RequestContext context) {
        return handler.handle(request, context);
    }

    /** Runs a handler call so that a synchronous throw or a null stage becomes a failed future. */
    private <T> CompletableFuture<T> invoke(java.util.function.Supplier<? extends CompletionStage<? extends T>> call) {
        CompletableFuture<T> out = new CompletableFuture<>();
        try {
            CompletionStage<? extends T> stage = call.get();
            if (stage == null) {
                out.completeExceptionally(new IllegalStateException("the handler returned no stage"));
            } else {
                stage.whenComplete((value, failure) -> {
                    if (failure != null) {
                        out.completeExceptionally(failure);
                    } else if (value == null) {
                        out.completeExceptionally(new IllegalStateException("the handler completed with null"));
                    } else {
                        out.complete(value);
                    }
                });
            }
        } catch (RuntimeException e) {
            out.completeExceptionally(e);
        }
        return out;
    }

    private static HomeNSAns homeNsAnswer(HomeNSReq request, HomeNsOutcome outcome) {
        Header answerHeader = request.header().answerHeader();
        if (outcome instanceof HomeNsOutcome.Found found) {
            Header h = found.extension().isPresent()
                    ? answerHeader.toBuilder().vsExtension(found.extension().get()).build() : answerHeader;
            boolean v11 = ProtocolVersion.V1_1.equals(request.protocolVersion());
            return HomeNSAns.success(h, found.homeNetId(), v11 ? found.homeNsId().orElse(null) : null);
        }
        if (outcome instanceof HomeNsOutcome.UnknownDevice unknown) {
            return HomeNSAns.failure(answerHeader, Result.of(ResultCode.UnknownDevEUI, unknown.description()));
        }
        HomeNsOutcome.Failure failure = (HomeNsOutcome.Failure) outcome;
        return HomeNSAns.failure(answerHeader, Result.of(failure.code(), failure.description()));
    }

    /**
     * A handler's answer must be addressed as the derived answer header is: its type, version,
     * TransactionID, SenderID and ReceiverID. Anything else would reach the wrong transaction.
     */
    private Answered checked(Header requestHeader, BiAnswer answer) {
        Header expected = requestHeader.answerHeader();
        Header actual = answer.header();
        String wrong = actual == null ? "no header"
                : actual.messageType() != expected.messageType() ? "MessageType " + actual.messageType()
                : !expected.protocolVersion().equals(actual.protocolVersion()) ? "ProtocolVersion " + actual.protocolVersion()
                : !expected.transactionId().equals(actual.transactionId()) ? "TransactionID " + actual.transactionId()
                : !expected.senderId().equals(actual.senderId()) ? "SenderID " + actual.senderId()
                : !expected.receiverId().equals(actual.receiverId()) ? "ReceiverID " + actual.receiverId()
                : null;
        if (wrong != null) {
            return Answered.derived(handlerFailure(requestHeader, new IllegalStateException(
                    "the handler's answer to " + requestHeader.messageType() + " has the wrong " + wrong)));
        }
        return new Answered(answer, false);
    }

    private BiAnswer handlerFailure(Header requestHeader, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        boolean timeout = cause instanceof TimeoutException;
        LOG.log(System.Logger.Level.WARNING, () -> "handler for " + requestHeader.messageType()
                + (timeout ? " missed its deadline of " + handlerTimeout.toMillis() + " ms"
                        : " failed: " + cause.getClass().getName()));
        notify(() -> listener.handlerFailed(requestHeader, cause));
        return Answers.failure(requestHeader, Result.of(ResultCode.Other,
                timeout ? "the answer was not ready in time" : "internal error"));
    }

    private Optional<AuthenticatedPeer> authenticate(InboundRequest request, Header header) {
        Optional<AuthenticatedPeer> peer;
        try {
            peer = authenticator.authenticate(request, header);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, () -> "authenticator failed: " + e.getClass().getName());
            return Optional.empty();
        }
        return peer != null && peer.isPresent() && peer.get().id().equals(header.senderId()) ? peer : Optional.empty();
    }

    /** The encoded answer; a handler's answer that breaks the rules is replaced by Other. */
    private byte[] encodeSafely(Header requestHeader, Answered answered, long start) {
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

    private OutboundResponse answer(Header requestHeader, Result result, long start) {
        return OutboundResponse.json(200, encodeSafely(requestHeader,
                Answered.derived(Answers.failure(requestHeader, result)), start));
    }

    private OutboundResponse refuse(String reason, @Nullable ResultCode code) {
        notify(() -> listener.refused(400, reason));
        LOG.log(System.Logger.Level.DEBUG, () -> "refused with HTTP 400: " + reason);
        return OutboundResponse.json(400, BareResult.encode(code == null ? ResultCode.Other : code, reason));
    }

    /** Whether a header read from a broken body is enough to address an answer. */
    private static boolean canAnswer(@Nullable Header h) {
        return h != null && h.protocolVersion() != null && h.senderId() != null && h.receiverId() != null
                && h.transactionId() != null && h.messageType() != null && h.messageType().isRequest();
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "listener failed: " + e.getClass().getName());
        }
    }

    private static <T> CompletableFuture<T> completed(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private static CompletionStage<OutboundResponse> done(OutboundResponse response) {
        return CompletableFuture.completedFuture(response);
    }

    /**
     * Builds a {@link BiServer}. Not thread-safe; every setter returns this builder.
     */
    public static final class Builder {
        private BiCodec codec = BiCodec.standard();
        private Authenticator authenticator = Authenticator.denyAll();
        private final Set<PartyId> receivers = new java.util.HashSet<>();
        private final java.util.List<JoinEuiRange> receiverRanges = new java.util.ArrayList<>();
        private final Map<PartyId, AnswerMode> modes = new HashMap<>();
        private final Map<MessageType, BiHandler<?, ?>> handlers = new EnumMap<>(MessageType.class);
        private @Nullable HomeNsHandler homeNsHandler;
        private Duration handlerTimeout = Duration.ofSeconds(5);
        private Clock clock = Clock.systemUTC();
        private ServerListener listener = new ServerListener() {};
        private AnswerSender answerSender = AnswerSender.jdk();

        private Builder() {}

        /** The HomeNSReq handler. */
        public Builder homeNsHandler(HomeNsHandler handler) {
            if (handlers.containsKey(MessageType.HomeNSReq)) {
                throw new IllegalStateException("HomeNSReq already has a BiHandler");
            }
            this.homeNsHandler = Objects.requireNonNull(handler, "handler");
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
            MessageType type = typeOf(requestType);
            if (type == MessageType.HomeNSReq && homeNsHandler != null) {
                throw new IllegalStateException("HomeNSReq already has a HomeNsHandler");
            }
            handlers.put(type, handler);
            return this;
        }

        /** Who may send requests (default: nobody). */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /**
         * The ReceiverIDs this server answers for (its JoinEUIs and NetIDs); a request addressed to
         * another gets {@code UnkownReceiver}. When no ID and no {@linkplain #answersFor(JoinEuiRange)
         * range} is given, every ReceiverID is accepted.
         */
        public Builder answersFor(Collection<? extends PartyId> ids) {
            receivers.addAll(ids);
            return this;
        }

        /** As {@link #answersFor(Collection)}. */
        public Builder answersFor(PartyId... ids) {
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
        public Builder answerMode(PartyId sender, AnswerMode mode) {
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

        /** The server. */
        public BiServer build() {
            return new BiServer(this);
        }

        private static MessageType typeOf(Class<?> requestType) {
            for (MessageType t : MessageType.values()) {
                if (t.messageClass() == requestType && t.isRequest()) {
                    return t;
                }
            }
            throw new IllegalArgumentException(requestType.getName() + " is not a request type");
        }
    }
}
