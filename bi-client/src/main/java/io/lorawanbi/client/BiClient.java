package io.lorawanbi.client;

import io.lorawanbi.client.BiClientException.Kind;
import io.lorawanbi.client.PendingAnswerStore.Delivery;
import io.lorawanbi.client.internal.Requests;
import io.lorawanbi.client.internal.ResponseReader;
import io.lorawanbi.client.internal.TransactionIds;
import io.lorawanbi.client.internal.Transport;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Header;
import java.util.Collections;
import java.util.HashMap;
import java.util.WeakHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Sends Backend Interfaces requests to peers and returns their typed answers (TS002 §1.2; docs/client.md):
 * {@code HomeNSAns answer = client.send(homeNSReq)}.
 *
 * <p>Each request goes to a {@link BiPeer}: the one given, or the one registered for the request's
 * ReceiverID, or the default peer. A request built without a ProtocolVersion gets the peer's; one built
 * without a TransactionID gets one from the client (unsigned 32-bit, unique among the client's pending
 * requests).
 *
 * <p><b>Synchronous peers</b> return the answer in the HTTP 2xx response. <b>Asynchronous peers</b>
 * acknowledge with any 2xx ({@code 202 "Downlink Accepted"}, {@code 200 {}}, an empty body) and post the
 * answer later to the requester's endpoint, which hands it to {@link #acceptAnswer(byte[])}; the request
 * is registered in the {@link PendingAnswerStore} before it is sent. If an acknowledgement's body is the
 * answer, that answer is used.
 *
 * <p>Any ResultCode is returned: a BI failure is an answer. Everything else that goes wrong is a
 * {@link BiClientException} of a {@link BiClientException.Kind}. The answer's header is checked against
 * the request by the peer's {@link HeaderCheck}; what is tolerated is returned by {@link #sendChecked}
 * and reported to the {@link ClientListener}.
 *
 * <p>Thread-safe; build one per application and share it. {@link #close()} closes the pending store
 * given to it (or its own) and fails the requests still waiting.
 */
public final class BiClient implements AutoCloseable {

    private static final int ALLOCATION_ATTEMPTS = 16;

    private final @Nullable BiPeer defaultPeer;
    private final Map<PartyID, BiPeer> peers;
    private final BiCodec codec;
    private final PendingAnswerStore store;
    private final ClientListener listener;
    private final TransactionIds transactionIds = new TransactionIds();
    // Weak keys: a peer the application no longer holds takes its HTTP client with it.
    private final Map<BiPeer, Transport> transports = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<PendingKey, Boolean> inFlight = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private BiClient(Builder b) {
        this.defaultPeer = b.defaultPeer;
        this.peers = Map.copyOf(b.peers);
        this.codec = b.codec;
        this.store = b.store != null ? b.store : PendingAnswerStore.inMemory();
        this.listener = b.listener;
    }

    /** A builder with no peer, the standard codec, the in-memory pending store and the logging listener. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a request to the peer for its ReceiverID (or the default peer) and waits for its answer.
     *
     * @param request the request; ProtocolVersion and TransactionID may be left unset
     * @param <A> the answer type
     * @return the answer, whatever its ResultCode
     * @throws BiClientException if no answer to the request could be obtained (see its kind)
     * @throws BiEncodeException if the request breaks a rule of its version
     * @throws IllegalArgumentException if no peer is configured for the request's ReceiverID
     * @throws IllegalStateException if the client is closed, or the pending store refuses the request
     */
    public <A extends BiAnswer> A send(BiRequest<A> request) {
        return sendChecked(peerFor(request), request).answer();
    }

    /** As {@link #send(BiRequest)}, to the given peer. */
    public <A extends BiAnswer> A send(BiPeer peer, BiRequest<A> request) {
        return sendChecked(peer, request).answer();
    }

    /**
     * As {@link #send(BiPeer, BiRequest)}, with the departures of the answer's header that the peer's
     * {@link HeaderCheck} tolerated.
     */
    public <A extends BiAnswer> CheckedAnswer<A> sendChecked(BiPeer peer, BiRequest<A> request) {
        CompletableFuture<CheckedAnswer<A>> exchange = sendCheckedAsync(peer, request);
        try {
            return exchange.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause()).rethrown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(false);
            throw new BiClientException(Kind.TRANSPORT, "interrupted while waiting for the answer from "
                    + peer.displayEndpoint(), e);
        }
    }

    /**
     * Sends a request to the peer for its ReceiverID (or the default peer) without waiting.
     *
     * @return a stage completed with the answer, or exceptionally with a {@link BiClientException}
     *     (wrapped in a {@link CompletionException} for dependent stages)
     * @throws BiEncodeException if the request breaks a rule of its version
     * @throws IllegalArgumentException if no peer is configured for the request's ReceiverID
     * @throws IllegalStateException if the client is closed, or the pending store refuses the request
     */
    public <A extends BiAnswer> CompletionStage<A> sendAsync(BiRequest<A> request) {
        return sendAsync(peerFor(request), request);
    }

    /** As {@link #sendAsync(BiRequest)}, to the given peer. */
    public <A extends BiAnswer> CompletionStage<A> sendAsync(BiPeer peer, BiRequest<A> request) {
        return sendCheckedAsync(peer, request).thenApply(CheckedAnswer::answer);
    }

    /**
     * Sends a request to a peer without waiting; the future completes with the answer and the tolerated
     * departures of its header, or exceptionally with a {@link BiClientException}. Cancelling it stops
     * waiting for an asynchronous answer.
     */
    public <A extends BiAnswer> CompletableFuture<CheckedAnswer<A>> sendCheckedAsync(BiPeer peer, BiRequest<A> request) {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        Transport transport = transport(peer);
        Header given = Objects.requireNonNull(request.header(), "request header");
        Header.Builder header = given.toBuilder();
        if (given.protocolVersion() == null) {
            header.protocolVersion(peer.protocolVersion().orElseThrow(() -> new IllegalArgumentException(
                    "the request has no ProtocolVersion and " + peer + " sets none")));
        }
        PartyID sender = Objects.requireNonNull(given.senderId(), "the request has no SenderID");
        Exchange<A> exchange = new Exchange<>(peer, transport, codec, store, inFlight, this::notify, listener);
        BiRequest<A> prepared;
        if (given.transactionId() != null) {
            prepared = Requests.withHeader(request, header.build());
            exchange.start(prepared, new PendingKey(sender, given.transactionId()), false);
        } else {
            prepared = null;
            for (int attempt = 1; prepared == null; attempt++) {
                long id = transactionIds.next();
                BiRequest<A> candidate = Requests.withHeader(request, header.transactionId(id).build());
                try {
                    if (exchange.start(candidate, new PendingKey(sender, id), true)) {
                        prepared = candidate;
                    }
                } catch (IllegalStateException e) {
                    if (closed || attempt >= ALLOCATION_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
        return exchange.result;
    }

    /**
     * Hands over an answer that the requester's Backend Interfaces endpoint received: it completes the
     * pending request with the answer's ReceiverID and TransactionID, on this instance or, with a shared
     * store, on another. Answer the POST with HTTP 200 and an empty body whatever the outcome.
     *
     * @param body the posted body, as received (UTF-8 JSON)
     * @return how the answer was placed: {@code LATE} and {@code UNMATCHED} are also reported to the
     *     listener; fails only when the store cannot be reached
     */
    public CompletionStage<Delivery> acceptAnswer(byte[] body) {
        Objects.requireNonNull(body, "body");
        Header h;
        try {
            h = codec.peekHeader(body);
        } catch (BiDecodeException e) {
            h = e.header().orElse(null);
        }
        if (h == null || h.receiverId() == null || h.transactionId() == null
                || h.messageType() != null && !h.messageType().isAnswer()) {
            String what = h == null ? "a body without a readable header"
                    : (h.messageType() == null ? "a message" : "a " + h.messageType()) + " without a usable ReceiverID and TransactionID, or not an answer";
            notify(() -> listener.unmatchedAnswer(what));
            return CompletableFuture.completedFuture(Delivery.UNMATCHED);
        }
        PendingKey key = new PendingKey(h.receiverId(), h.transactionId());
        String what = h.messageType() + " " + h.transactionId() + " to " + h.receiverId() + " from " + h.senderId();
        return store.deliver(key, body).thenApply(delivery -> {
            if (delivery == Delivery.LATE) {
                notify(() -> listener.lateAnswer(key));
            } else if (delivery == Delivery.UNMATCHED) {
                notify(() -> listener.unmatchedAnswer(what));
            }
            return delivery;
        });
    }

    /** As {@link #acceptAnswer(byte[])}, for an answer already decoded (encoded again with the client's codec). */
    public CompletionStage<Delivery> acceptAnswer(BiAnswer answer) {
        return acceptAnswer(codec.encode(Objects.requireNonNull(answer, "answer")));
    }

    /**
     * POSTs an answer to a requester's endpoint, as an asynchronous peer does (TS002 §1.2): the sending
     * path of a server that answers asynchronously, with the same typed errors as requests.
     *
     * @param requester the requester's endpoint and configuration (its mode and header check are not used)
     * @param answer the answer, encoded in its own version
     * @return completes with the 2xx acknowledgement; fails with a {@link BiClientException} of kind
     *     {@code HTTP_STATUS}, {@code BARE_RESULT} or {@code ERROR_PAGE} for another status, {@code TIMEOUT}
     *     or {@code TRANSPORT} when no response came
     * @throws BiEncodeException if the answer breaks a rule of its version
     */
    public CompletionStage<Acknowledgement> postAnswer(BiPeer requester, BiAnswer answer) {
        Objects.requireNonNull(requester, "requester");
        byte[] body = codec.encode(Objects.requireNonNull(answer, "answer"));
        return post(requester, body, answer.messageType() + " " + answer.header().transactionId());
    }

    /**
     * As {@link #postAnswer(BiPeer, BiAnswer)}, for an answer already encoded, as a server's answering
     * pipeline holds it.
     *
     * @param requester the requester's endpoint and configuration
     * @param encodedAnswer the answer's UTF-8 JSON, sent as it is
     */
    public CompletionStage<Acknowledgement> postAnswer(BiPeer requester, byte[] encodedAnswer) {
        Objects.requireNonNull(requester, "requester");
        return post(requester, Objects.requireNonNull(encodedAnswer, "encodedAnswer").clone(), "answer");
    }

    private CompletionStage<Acknowledgement> post(BiPeer requester, byte[] body, String what) {
        String authorization = requester.authorizationValue();
        return transport(requester).post(body, authorization).thenApply(r -> {
            if (!r.is2xx()) {
                throw ResponseReader.answerRefused(r, what);
            }
            return new Acknowledgement(r.status(), r.contentType(), r.body());
        });
    }

    /** The peer a request goes to by its ReceiverID, else the default peer. */
    public Optional<BiPeer> peerFor(PartyID receiverId) {
        BiPeer p = peers.get(receiverId);
        return Optional.ofNullable(p != null ? p : defaultPeer);
    }

    /** The store of pending asynchronous requests. */
    public PendingAnswerStore pendingStore() {
        return store;
    }

    /** The codec that encodes requests and decodes answers. */
    public BiCodec codec() {
        return codec;
    }

    /** Closes the pending store, failing the requests still waiting; later sends are refused. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            store.close();
        }
    }

    /** The peers (never an Authorization value). */
    @Override
    public String toString() {
        return "BiClient[" + (defaultPeer == null ? "" : "default " + defaultPeer + ", ") + peers.size()
                + " peers by ReceiverID, " + store + "]";
    }

    private Transport transport(BiPeer peer) {
        return transports.computeIfAbsent(peer, p -> new Transport(p.endpoint(), p.displayEndpoint(), p.connectTimeout(),
                p.requestTimeout(), p.sslContext().orElse(null), p.httpClient().orElse(null), codec.limits().maxBodyBytes()));
    }

    private BiPeer peerFor(BiRequest<?> request) {
        PartyID receiver = Objects.requireNonNull(request.header(), "request header").receiverId();
        BiPeer p = receiver == null ? defaultPeer : peerFor(receiver).orElse(null);
        if (p == null) {
            throw new IllegalArgumentException("no peer for ReceiverID " + receiver + " and no default peer");
        }
        return p;
    }

    static BiClientException unwrap(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (c instanceof BiClientException e) {
            return e;
        }
        if (c instanceof CancellationException) {
            return new BiClientException(Kind.TRANSPORT, "the exchange was cancelled", c);
        }
        return new BiClientException(Kind.TRANSPORT, "the exchange failed: " + c.getClass().getSimpleName(), c);
    }

    void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            System.getLogger(BiClient.class.getName()).log(System.Logger.Level.DEBUG,
                    () -> "listener failed: " + e.getClass().getName());
        }
    }

    /** Builds a {@link BiClient}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private @Nullable BiPeer defaultPeer;
        private final Map<PartyID, BiPeer> peers = new HashMap<>();
        private BiCodec codec = BiCodec.standard();
        private @Nullable PendingAnswerStore store;
        private ClientListener listener = ClientListener.logging();

        private Builder() {}

        /** The peer of requests whose ReceiverID has no peer of its own. */
        public Builder defaultPeer(@Nullable BiPeer value) {
            this.defaultPeer = value;
            return this;
        }

        /** The peer of requests to a ReceiverID (a NetID, a JoinEUI). */
        public Builder peer(PartyID receiverId, BiPeer value) {
            peers.put(Objects.requireNonNull(receiverId, "receiverId"), Objects.requireNonNull(value, "peer"));
            return this;
        }

        /** The codec (default {@link BiCodec#standard()}). */
        public Builder codec(BiCodec value) {
            this.codec = Objects.requireNonNull(value, "codec");
            return this;
        }

        /** Where asynchronous requests wait (default {@link PendingAnswerStore#inMemory()}); closed with the client. */
        public Builder pendingStore(PendingAnswerStore value) {
            this.store = Objects.requireNonNull(value, "pendingStore");
            return this;
        }

        /** Hears tolerated departures, late and unmatched answers (default {@link ClientListener#logging()}). */
        public Builder listener(ClientListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The client. */
        public BiClient build() {
            return new BiClient(this);
        }
    }
}
