package io.lorawanbi.testkit.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.testkit.internal.HttpExchanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requester's endpoint for asynchronous answers (docs/reference.md §1.2): a small HTTP server on the
 * JDK's built-in {@code com.sun.net.httpserver}, on an ephemeral loopback port by default, to which a
 * peer POSTs the answers to requests it acknowledged with a 2xx response. Give its
 * {@link #uri()} to the peer (for the library's server,
 * {@code AnswerMode.async(receiver.uri())} for the client's SenderID) and to a {@link BiClient} built
 * with {@link BiClient.Builder#asyncAnswers(AsyncAnswerReceiver)}.
 *
 * <p>Every POST is acknowledged with HTTP 200 and an empty body, as peers expect, whatever it holds;
 * other methods get HTTP 405. A posted answer completes the transaction {@linkplain #expect registered}
 * under the answer's SenderID (the request's ReceiverID) and TransactionID, which is unique among a
 * requester's open transactions with a peer. A body that matches no waiting transaction (unknown or
 * already answered TransactionID, a request, an undecodable body without a usable header) is counted
 * in {@link #unmatchedCount()} and otherwise ignored. A posted answer of the wrong type, or one that
 * does not decode but names a waiting transaction, fails that transaction.
 *
 * <p>An answer is matched before its POST is acknowledged; stages that depend on the returned
 * futures without an executor may therefore run on the receiver's thread and delay the
 * acknowledgement: keep them short, or use the {@code …Async} forms.
 *
 * <p>The number of waiting transactions is bounded ({@link Builder#maxPending(int)}, 1024 by default),
 * and each waits at most its own timeout. Plain HTTP only.
 *
 * <p>Thread-safe. {@link #close()} stops the server, frees its threads and fails every waiting
 * transaction.
 */
public final class AsyncAnswerReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledThreadPoolExecutor timer;
    private final PendingAnswers pending;
    private final BiCodec codec;
    private final URI uri;
    private final AtomicLong received = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private AsyncAnswerReceiver(HttpServer server, ExecutorService executor, ScheduledThreadPoolExecutor timer,
            PendingAnswers pending, BiCodec codec) {
        this.server = server;
        this.executor = executor;
        this.timer = timer;
        this.pending = pending;
        this.codec = codec;
        this.uri = HttpExchanges.baseUri("http", server.getAddress());
    }

    private static AsyncAnswerReceiver start(Builder b) {
        HttpServer server;
        try {
            server = HttpServer.create(b.address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + b.address, e);
        }
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, HttpExchanges.daemonThreads("bi-answer-timer"));
        timer.setRemoveOnCancelPolicy(true);
        ExecutorService executor = Executors.newFixedThreadPool(2, HttpExchanges.daemonThreads("bi-answer-receiver"));
        AsyncAnswerReceiver receiver = new AsyncAnswerReceiver(server, executor, timer,
                new PendingAnswers(b.maxPending, timer), b.codec);
        server.createContext("/", receiver::handle);
        server.setExecutor(executor);
        server.start();
        return receiver;
    }

    /** A receiver on an ephemeral port of the loopback address, with the defaults. */
    public static AsyncAnswerReceiver start() {
        return builder().start();
    }

    /** A builder for a receiver with other options. */
    public static Builder builder() {
        return new Builder();
    }

    /** The URL peers POST answers to, for example {@code http://127.0.0.1:41234/}; every path is served. */
    public URI uri() {
        return uri;
    }

    /**
     * Waits for the answer to a request. Register before sending the request: a peer may post the
     * answer before its acknowledgement arrives.
     *
     * @param request the request; its ReceiverID and TransactionID identify the answer
     * @param timeout how long to wait
     * @param <A> the answer type
     * @return a future completed with the answer; completed exceptionally with a
     *     {@link BiClientException} of kind {@code TIMEOUT} after the timeout, {@code UNDECODABLE} or
     *     {@code MISMATCHED_ANSWER} for a broken answer, {@code TRANSPORT} when the receiver closes.
     *     Cancelling it stops the wait.
     * @throws IllegalStateException if the same transaction is already waiting, too many are, or the
     *     receiver is closed
     */
    public <A extends BiAnswer> CompletableFuture<A> expect(BiRequest<A> request, Duration timeout) {
        Objects.requireNonNull(request, "request");
        requirePositive(timeout);
        return pending.register(request, timeout);
    }

    /** How many transactions wait for their answer. */
    public int pendingCount() {
        return pending.size();
    }

    /** How many POSTs were received. */
    public long receivedCount() {
        return received.get();
    }

    /** How many POSTed bodies matched no waiting transaction and were ignored. */
    public long unmatchedCount() {
        return pending.unmatchedCount();
    }

    /** Stops listening, frees the threads and fails every waiting transaction. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
            pending.closeAll();
            timer.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "AsyncAnswerReceiver[" + uri + ", " + pendingCount() + " pending]";
    }

    private void handle(HttpExchange exchange) {
        if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            HttpExchanges.methodNotAllowed(exchange);
            return;
        }
        byte[] body;
        try {
            body = HttpExchanges.readBody(exchange, codec.limits().maxBodyBytes());
        } catch (IOException e) {
            exchange.close();
            return;
        }
        received.incrementAndGet();
        try {
            accept(body);
        } finally {
            // After the answer is accounted for, so that a peer that sees the acknowledgement sees its effect.
            HttpExchanges.respond(exchange, 200, new byte[0]);
        }
    }

    private void accept(byte[] body) {
        BiMessage message;
        try {
            message = codec.decode(body);
        } catch (BiDecodeException e) {
            pending.deliverUndecodable(e);
            return;
        }
        if (message instanceof BiAnswer answer) {
            pending.deliver(answer);
        } else {
            pending.unmatched("a " + message.messageType() + ", which is not an answer");
        }
    }

    private static void requirePositive(Duration timeout) {
        if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Builds and starts an {@link AsyncAnswerReceiver}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        private int maxPending = 1024;
        private BiCodec codec = BiCodec.standard();

        private Builder() {}

        /** Where to listen (default: the loopback address, an ephemeral port). */
        public Builder address(InetSocketAddress value) {
            this.address = Objects.requireNonNull(value, "address");
            return this;
        }

        /** How many transactions may wait at once (default 1024). */
        public Builder maxPending(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxPending must be positive");
            }
            this.maxPending = value;
            return this;
        }

        /** The codec that decodes posted answers (default {@link BiCodec#standard()}). */
        public Builder codec(BiCodec value) {
            this.codec = Objects.requireNonNull(value, "codec");
            return this;
        }

        /**
         * Starts the receiver.
         *
         * @throws UncheckedIOException if the address cannot be bound
         */
        public AsyncAnswerReceiver start() {
            return AsyncAnswerReceiver.start(this);
        }
    }
}
