package io.lorawanbi.testkit.client;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.ServerListener;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.internal.HttpExchanges;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The requester's endpoint for asynchronous answers (docs/reference.md §1.2): the library's own
 * answer intake ({@link BiServer.Builder#answerConsumer}) served by {@link BiHttpServer}, on an
 * ephemeral loopback port by default, to which a peer POSTs the answers to requests it acknowledged
 * with a 2xx response. Posted answers therefore go through the same path as in production:
 * header, decoding and validation by the codec, then the consumer. Give its {@link #uri()} to the peer
 * (for the library's server, {@code AnswerMode.async(receiver.uri())} for the client's SenderID) and to
 * a {@link BiClient} built with {@link BiClient.Builder#asyncAnswers(AsyncAnswerReceiver)}.
 *
 * <p>Every sender is believed as the SenderID it claims (a test endpoint, not for production). A posted
 * answer completes the transaction {@linkplain #expect registered} under the answer's SenderID (the
 * request's ReceiverID) and TransactionID, which is unique among a requester's open transactions with a
 * peer, and is acknowledged with HTTP 200 and an empty body; so is one that matches no waiting
 * transaction (unknown or already answered TransactionID), and a 1.1 notification; both are counted
 * in {@link #unmatchedCount()}. A posted answer of the wrong type fails its transaction. What the
 * server refuses is answered as {@link BiServer} answers it: a body that does not decode or breaks
 * its version's rules gets HTTP 400 with a bare {@code Result}, and fails the waiting transaction its
 * header names, if any; a request gets the server's BI answer ("not served here"). Both are counted as
 * unmatched. Other methods than POST get HTTP 405.
 *
 * <p>An answer is matched before its POST is acknowledged; stages that depend on the returned
 * futures without an executor may therefore run on the receiver's thread and delay the
 * acknowledgement: keep them short, or use the {@code …Async} forms. Do not {@link #close()} the
 * receiver from such a stage: close waits for the acknowledgement that the stage holds up.
 *
 * <p>The number of waiting transactions is bounded ({@link Builder#maxPending(int)}, 1024 by default),
 * and each waits at most its own timeout. Plain HTTP only.
 *
 * <p>Thread-safe. {@link #close()} first finishes the responses in progress, so the POST that
 * completed a caller's transaction is acknowledged in full, then stops the server, frees its threads
 * and fails every waiting transaction.
 */
public final class AsyncAnswerReceiver implements AutoCloseable {

    /** How long {@link #close()} waits for acknowledgements in progress. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final BiHttpServer server;
    private final ExecutorService executor;
    private final ScheduledThreadPoolExecutor timer;
    private final PendingAnswers pending;
    private final URI uri;
    private final AtomicLong received;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AsyncAnswerReceiver(BiHttpServer server, ExecutorService executor, ScheduledThreadPoolExecutor timer,
            PendingAnswers pending, AtomicLong received) {
        this.server = server;
        this.executor = executor;
        this.timer = timer;
        this.pending = pending;
        this.received = received;
        this.uri = HttpExchanges.baseUri("http", server.address());
    }

    private static AsyncAnswerReceiver start(Builder b) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, HttpExchanges.daemonThreads("bi-answer-timer"));
        timer.setRemoveOnCancelPolicy(true);
        ExecutorService executor = Executors.newFixedThreadPool(2, HttpExchanges.daemonThreads("bi-answer-receiver"));
        PendingAnswers pending = new PendingAnswers(b.maxPending, timer);
        AtomicLong received = new AtomicLong();
        BiServer intake = BiServer.builder()
                .codec(b.codec)
                .authenticator((request, header) -> Optional.of(new AuthenticatedPeer(header.senderId(),
                        AuthenticatedPeer.Mechanism.OTHER, List.of())))
                .handlerExecutor(executor)
                .listener(new Counting(pending, received))
                .answerConsumer((answer, context) -> CompletableFuture.completedFuture(pending.deliver(answer)))
                .notificationConsumer((notification, context) -> {
                    pending.unmatched("a " + notification.messageType() + ", which is not an answer");
                    return CompletableFuture.completedFuture(IntakeOutcome.UNMATCHED);
                })
                .build();
        BiHttpServer server;
        try {
            server = BiHttpServer.http(intake, b.address);
        } catch (UncheckedIOException e) {
            executor.shutdownNow();
            timer.shutdownNow();
            throw e;
        }
        return new AsyncAnswerReceiver(server, executor, timer, pending, received);
    }

    /** Counts every POST the intake answered, and what matched no transaction. */
    private record Counting(PendingAnswers pending, AtomicLong received) implements ServerListener {
        @Override
        public void answerReceived(Header answerHeader, IntakeOutcome outcome, java.time.Duration elapsed) {
            received.incrementAndGet();
        }

        @Override
        public void notificationReceived(Header notificationHeader, IntakeOutcome outcome, java.time.Duration elapsed) {
            received.incrementAndGet();
        }

        @Override
        public void intakeRefused(Header messageHeader, ResultCode resultCode, String reason) {
            received.incrementAndGet();
            pending.deliverRefused(messageHeader, reason);
        }

        @Override
        public void consumerFailed(Header messageHeader, Throwable failure) {
            received.incrementAndGet();
        }

        @Override
        public void answered(Header requestHeader, ResultCode resultCode, java.time.Duration elapsed) {
            received.incrementAndGet();
            pending.unmatched("a " + requestHeader.messageType() + ", which is not an answer");
        }

        @Override
        public void refused(int httpStatus, String reason) {
            received.incrementAndGet();
            pending.unmatched("an undecodable body (" + reason + ")");
        }
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

    /**
     * Finishes the acknowledgements in progress (for up to 5 s), stops listening, frees the threads and
     * fails every waiting transaction. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.close(CLOSE_GRACE);
            } finally {
                executor.shutdownNow();
                pending.closeAll();
                timer.shutdownNow();
            }
        }
    }

    @Override
    public String toString() {
        return "AsyncAnswerReceiver[" + uri + ", " + pendingCount() + " pending]";
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
