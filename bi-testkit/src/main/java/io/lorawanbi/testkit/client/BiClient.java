package io.lorawanbi.testkit.client;

import io.lorawanbi.client.BiPeer;
import io.lorawanbi.client.ClientListener;
import io.lorawanbi.client.HeaderCheck;
import io.lorawanbi.client.internal.TransportFailures;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.testkit.client.BiClientException.Kind;
import io.lorawanbi.testkit.internal.HttpExchanges;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * A requester of the LoRaWAN Backend Interfaces (TS002 §1.2, docs/reference.md §1.2–§1.3): POSTs a request to
 * a peer's endpoint and returns the answer, for tests of an answering implementation and for tools.
 *
 * <p><b>Synchronous mode</b> (the default): the answer is the body of the HTTP 2xx response; it is
 * decoded as the request's answer type and its TransactionID checked. Any ResultCode is returned: a
 * BI failure is an answer, not an exception. A non-2xx response is a {@link BiClientException}
 * carrying the status and the Result the body holds, if any, as a full answer or a bare
 * {@code {"ResultCode":…,"Description":…}} object (brocaar's ChirpStack answers failures with HTTP
 * 400); an empty 2xx body means the peer answered asynchronously.
 *
 * <p><b>Asynchronous mode</b> ({@link Builder#asyncAnswers(AsyncAnswerReceiver)}): any 2xx response
 * acknowledges the request ({@code 202 "Downlink Accepted"}, {@code 200 {}}, an empty body); the answer
 * is then POSTed by the peer to the receiver and matched by TransactionID. If the 2xx body is the
 * answer itself, that answer is returned. The timeout bounds the whole exchange, from the request to
 * the answer.
 *
 * <p>Requests go out through the production client of {@code io.lorawanbi.client} (HTTP/1.1 on plain
 * {@code http://}); its errors are reported here with this class's {@link BiClientException.Kind}s.
 *
 * <p><b>Answer headers.</b> The answer's header should be the one derived from the request's
 * (docs/reference.md §2.3): same version and TransactionID, IDs swapped, tokens returned, in 1.1 ReceiverNSID
 * = the request's SenderNSID. A different TransactionID is always a {@link BiClientException}. The
 * other departures are tolerated by {@link #send} (real peers make them: brocaar's Join Server
 * answers in 1.0 and returns no token) but never silently: {@link #sendChecked} returns them as
 * {@link AnswerWarning}s with the answer, worded as the conformance checker's failures, and a client
 * built {@link Builder#strict(boolean) strict} refuses such an answer with
 * {@link BiClientException.Kind#NONCONFORMING_HEADER}.
 *
 * <p>TLS client certificates come from the {@link HttpClient}'s SSLContext; an Authorization header
 * value (a bearer token) can be set, and is never shown in {@link #toString()} or in any exception.
 * Endpoints appear in messages without user information or query.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder(URI)} and share it.
 */
public final class BiClient {

    private static final class DefaultHttp {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private final URI endpoint;
    private final String where;
    private final HttpClient http;
    private final @Nullable String authorization;
    private final Duration timeout;
    private final BiCodec codec;
    private final @Nullable AsyncAnswerReceiver receiver;
    private final boolean strict;
    private final BiPeer peer;
    private final io.lorawanbi.client.BiClient production;

    private BiClient(Builder b) {
        this.endpoint = b.endpoint;
        this.where = HttpExchanges.display(b.endpoint);
        this.http = b.http != null ? b.http : DefaultHttp.INSTANCE;
        this.authorization = b.authorization;
        this.timeout = b.timeout;
        this.codec = b.codec;
        this.receiver = b.receiver;
        this.strict = b.strict;
        String authorizationValue = b.authorization;
        BiPeer.Builder peerBuilder = BiPeer.builder(b.endpoint)
                .httpClient(this.http)
                .requestTimeout(b.timeout)
                .headerCheck(HeaderCheck.REPORT_ONLY); // strictness is judged here, with the checker's wording
        if (authorizationValue != null) {
            peerBuilder.authorization(() -> authorizationValue);
        }
        this.peer = peerBuilder.build();
        this.production = io.lorawanbi.client.BiClient.builder().codec(b.codec).listener(ClientListener.none()).build();
    }

    /**
     * A builder for a client of an endpoint.
     *
     * @param endpoint the peer's Backend Interfaces URL (HTTP or HTTPS)
     */
    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    /** The peer's endpoint. */
    public URI endpoint() {
        return endpoint;
    }

    /** How long an exchange may take: the response in synchronous mode, request to answer in asynchronous mode. */
    public Duration timeout() {
        return timeout;
    }

    /** Whether answers are expected asynchronously. */
    public boolean isAsync() {
        return receiver != null;
    }

    /** Whether answers whose header departs from the derived one are refused. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Sends a request and waits for its answer, with the ways its header departs from the one derived
     * from the request. Never refuses an answer for those departures, even when the client is strict.
     *
     * @param request the request, encoded in its own protocol version
     * @param <A> the answer type
     * @return the answer, whatever its ResultCode, and its warnings
     * @throws BiClientException if no answer to the request could be obtained
     * @throws BiEncodeException if the request breaks a rule of its version
     * @throws IllegalStateException in asynchronous mode, if the receiver cannot take the transaction
     */
    public <A extends BiAnswer> CheckedAnswer<A> sendChecked(BiRequest<A> request) {
        A answer = exchangeAnswer(request);
        return new CheckedAnswer<>(answer, AnswerWarning.between(request.header(), answer.header()));
    }

    /**
     * Sends a request and waits for its answer.
     *
     * @param request the request, encoded in its own protocol version
     * @param <A> the answer type
     * @return the answer, whatever its ResultCode
     * @throws BiClientException if no answer to the request could be obtained: see its
     *     {@link BiClientException#kind() kind}; in a strict client also if the answer header departs
     *     from the derived one ({@link BiClientException.Kind#NONCONFORMING_HEADER})
     * @throws BiEncodeException if the request breaks a rule of its version
     * @throws IllegalStateException in asynchronous mode, if the receiver cannot take the transaction
     *     (the same TransactionID to the same peer is already waiting, too many are, or it is closed)
     */
    public <A extends BiAnswer> A send(BiRequest<A> request) {
        return checked(request, exchangeAnswer(request));
    }

    private <A extends BiAnswer> A exchangeAnswer(BiRequest<A> request) {
        CompletableFuture<A> answer = exchange(request);
        try {
            // The exchange's own timers end the wait; this bound only guards against a stalled timer.
            return answer.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof BiClientException failure ? failure.rethrown()
                    : new BiClientException(Kind.TRANSPORT, "the exchange failed", cause);
        } catch (TimeoutException e) {
            answer.cancel(false);
            throw new BiClientException(Kind.TIMEOUT, "no answer to " + request.messageType() + " "
                    + request.header().transactionId() + " from " + where + " within " + timeout.toMillis() + " ms", e);
        } catch (CancellationException e) {
            throw new BiClientException(Kind.TRANSPORT, "the wait for the answer was cancelled", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            throw new BiClientException(Kind.TRANSPORT, "interrupted while waiting for the answer from " + where, e);
        }
    }

    /**
     * Sends a request without waiting.
     *
     * @param request the request, encoded in its own protocol version
     * @param <A> the answer type
     * @return a future completed with the answer, whatever its ResultCode, or exceptionally with a
     *     {@link BiClientException} (wrapped in a {@link CompletionException} by dependent stages)
     * @throws BiEncodeException if the request breaks a rule of its version
     * @throws IllegalStateException in asynchronous mode, if the receiver cannot take the transaction
     */
    public <A extends BiAnswer> CompletableFuture<A> sendAsync(BiRequest<A> request) {
        CompletableFuture<A> answer = exchange(request);
        return strict ? answer.thenApply(a -> checked(request, a)) : answer;
    }

    /** The exchange through the production client; in asynchronous mode a 2xx without the answer is an acknowledgement. */
    private <A extends BiAnswer> CompletableFuture<A> exchange(BiRequest<A> request) {
        Objects.requireNonNull(request, "request");
        codec.encode(request); // a request that breaks its version's rules is refused here, before anything waits
        if (receiver == null) {
            return production.sendCheckedAsync(peer, request).handle((checked, failure) -> {
                if (failure != null) {
                    throw ProductionFailures.map(failure);
                }
                return checked.answer();
            });
        }
        CompletableFuture<A> posted = receiver.expect(request, timeout);
        CompletableFuture<io.lorawanbi.client.CheckedAnswer<A>> sent;
        try {
            sent = production.sendCheckedAsync(peer, request);
        } catch (RuntimeException e) {
            posted.cancel(false);
            throw e;
        }
        sent.whenComplete((checked, failure) -> {
            if (failure == null) {
                posted.complete(checked.answer()); // the answer came in the acknowledgement
            } else if (!ProductionFailures.isAcknowledgement(failure)) {
                posted.completeExceptionally(ProductionFailures.map(failure));
            }
        });
        return posted;
    }

    /**
     * POSTs a raw body, with the client's Authorization header and timeout, and returns what came back:
     * for requests the codec would refuse to encode, and for checks on the exact bytes answered.
     *
     * @param body the request body
     * @return the status and body
     * @throws BiClientException of kind {@code TIMEOUT} or {@code TRANSPORT} if no response came
     */
    public TargetResponse exchange(byte[] body) {
        HttpResponse<byte[]> response = post(Objects.requireNonNull(body, "body"));
        return new TargetResponse(response.statusCode(), response.body());
    }

    /** The answer, or in a strict client a failure if its header departs from the derived one. */
    private <A extends BiAnswer> A checked(BiRequest<A> request, A answer) {
        if (!strict) {
            return answer;
        }
        List<AnswerWarning> warnings = AnswerWarning.between(request.header(), answer.header());
        if (warnings.isEmpty()) {
            return answer;
        }
        throw new BiClientException(Kind.NONCONFORMING_HEADER, -1, answer.result(), answer, answer.messageType() + " from "
                + where + " is not the derived answer header: " + String.join("; ",
                        warnings.stream().map(AnswerWarning::message).toList()), null);
    }

    /** The endpoint, the mode and whether an Authorization header is set (never its value). */
    @Override
    public String toString() {
        return "BiClient[" + where + ", " + (receiver == null ? "sync" : "async to " + receiver.uri())
                + ", timeout " + timeout.toMillis() + " ms" + (strict ? ", strict" : "")
                + (authorization == null ? "" : ", Authorization set") + "]";
    }

    private HttpRequest httpRequest(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private HttpResponse<byte[]> post(byte[] body) {
        try {
            return http.send(httpRequest(body), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw transportFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BiClientException(Kind.TRANSPORT, "interrupted while calling " + where, e);
        }
    }

    private BiClientException transportFailure(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof BiClientException e) {
            return e;
        }
        if (t instanceof HttpTimeoutException) {
            return new BiClientException(Kind.TIMEOUT, "no response from " + where + " within " + timeout.toMillis() + " ms", t);
        }
        String reason = TransportFailures.neverConnected(t) ? "cannot reach " : "the exchange with ";
        return new BiClientException(Kind.TRANSPORT, reason + where + (reason.startsWith("cannot") ? ": " : " failed: ")
                + TransportFailures.reason(t), t);
    }

    /**
     * Builds a {@link BiClient}. Not thread-safe; every setter returns this builder.
     */
    public static final class Builder {
        private final URI endpoint;
        private @Nullable HttpClient http;
        private @Nullable String authorization;
        private Duration timeout = Duration.ofSeconds(10);
        private BiCodec codec = BiCodec.standard();
        private @Nullable AsyncAnswerReceiver receiver;
        private boolean strict;

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            String scheme = endpoint.getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("the endpoint must be an http or https URL");
            }
        }

        /**
         * The HTTP client (default: a shared HTTP/1.1 client with a 5 s connect timeout that follows no
         * redirects). Its SSLContext decides the client certificate and the trusted CAs.
         */
        public Builder httpClient(HttpClient value) {
            this.http = Objects.requireNonNull(value, "httpClient");
            return this;
        }

        /**
         * An Authorization header value, for example {@code Bearer …} (default: none). Never shown.
         *
         * @throws IllegalArgumentException if the value holds control characters (the message does
         *     not repeat it)
         */
        public Builder authorization(@Nullable String value) {
            if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
                throw new IllegalArgumentException("the Authorization value holds control characters");
            }
            this.authorization = value;
            return this;
        }

        /** How long an exchange may take (default 10 s). */
        public Builder timeout(Duration value) {
            if (Objects.requireNonNull(value, "timeout").isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = value;
            return this;
        }

        /** The codec that encodes requests and decodes answers (default {@link BiCodec#standard()}). */
        public Builder codec(BiCodec value) {
            this.codec = Objects.requireNonNull(value, "codec");
            return this;
        }

        /**
         * Whether an answer whose header departs from the one derived from the request (another
         * version, tokens not returned, IDs not swapped, a wrong ReceiverNSID) is refused with
         * {@link BiClientException.Kind#NONCONFORMING_HEADER} by {@link BiClient#send} and
         * {@link BiClient#sendAsync} (default false: returned, and reported by
         * {@link BiClient#sendChecked}).
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** Answers come in the HTTP response (the default). */
        public Builder syncAnswers() {
            this.receiver = null;
            return this;
        }

        /** Answers are POSTed by the peer to a receiver, which the caller starts and closes. */
        public Builder asyncAnswers(AsyncAnswerReceiver value) {
            this.receiver = Objects.requireNonNull(value, "receiver");
            return this;
        }

        /** The client. */
        public BiClient build() {
            return new BiClient(this);
        }
    }
}
