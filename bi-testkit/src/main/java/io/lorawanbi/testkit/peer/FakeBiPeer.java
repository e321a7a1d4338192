package io.lorawanbi.testkit.peer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lorawanbi.client.Acknowledgement;
import io.lorawanbi.client.BiClientException;
import io.lorawanbi.client.BiPeer;
import io.lorawanbi.client.ClientListener;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.codec.BiEncodeException;
import io.lorawanbi.codec.BiDecodeException;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.testkit.client.TargetResponse;
import io.lorawanbi.testkit.internal.HttpExchanges;
import io.lorawanbi.testkit.internal.OpenExchanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A scripted Backend Interfaces peer for testing the requesting side, in the spirit of OkHttp's
 * MockWebServer: an HTTP server on an ephemeral loopback port (the JDK's {@code com.sun.net.httpserver})
 * that answers each request with the next {@linkplain #enqueue(Reply) enqueued} {@link Reply} and
 * records it for {@link #takeRequest(Duration)}. It serves every path and every method.
 *
 * <p>When no reply is enqueued, a request is answered with HTTP 500 and the bare Result
 * {@code {"ResultCode":"Other","Description":"FakeBiPeer: no reply enqueued"}}: a status no peer uses
 * for a BI answer, so a test that forgot to script a reply fails visibly.
 *
 * <p>To script a peer that answers asynchronously (docs/reference.md §1.2), enqueue
 * {@link Reply#acknowledge()}, take the request, and {@link #postAnswer(URI, BiAnswer)} its answer to
 * the requester's endpoint.
 *
 * <p>Replies are taken in the order requests arrive. Request bodies are read up to the codec's size
 * limit plus one byte, decoded with the codec ({@link BiCodec#standard()} by default) and kept.
 *
 * <p>Thread-safe. {@link #close()} finishes the replies it has begun, delayed ones included, within a
 * grace period ({@link #DEFAULT_CLOSE_GRACE}, or {@link #close(Duration)}), then stops the server and
 * frees the threads; see {@link #close(Duration)}.
 */
public final class FakeBiPeer implements AutoCloseable {

    /** How long {@link #close()} waits for replies in progress, delayed ones included: 10 s. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(10);

    private static final Duration POST_TIMEOUT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(FakeBiPeer.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    private final BiCodec codec;
    private final URI uri;
    private final Clock clock = Clock.systemUTC();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<RecordedRequest> requests = new LinkedBlockingQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final OpenExchanges open = new OpenExchanges();
    private final io.lorawanbi.client.BiClient poster;

    private FakeBiPeer(HttpServer server, ExecutorService executor, ScheduledExecutorService scheduler, BiCodec codec) {
        this.server = server;
        this.executor = executor;
        this.scheduler = scheduler;
        this.codec = codec;
        this.uri = HttpExchanges.baseUri("http", server.getAddress());
        this.poster = io.lorawanbi.client.BiClient.builder().codec(codec).listener(ClientListener.none()).build();
    }

    /** A peer on an ephemeral port of the loopback address, decoding with {@link BiCodec#standard()}. */
    public static FakeBiPeer start() {
        return start(BiCodec.standard());
    }

    /**
     * A peer on an ephemeral port of the loopback address.
     *
     * @param codec decodes the requests received and encodes the answers built
     * @throws UncheckedIOException if no port can be bound
     */
    public static FakeBiPeer start(BiCodec codec) {
        Objects.requireNonNull(codec, "codec");
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer server;
        try {
            server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, HttpExchanges.daemonThreads("fake-bi-peer"));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                HttpExchanges.daemonThreads("fake-bi-peer-delay"));
        FakeBiPeer peer = new FakeBiPeer(server, executor, scheduler, codec);
        server.createContext("/", peer::handle);
        server.setExecutor(executor);
        server.start();
        return peer;
    }

    /** The base URL, for example {@code http://127.0.0.1:41234/}; every path is served. */
    public URI uri() {
        return uri;
    }

    /** Adds a reply to the end of the queue. */
    public void enqueue(Reply reply) {
        replies.add(Objects.requireNonNull(reply, "reply"));
    }

    /**
     * The oldest request not yet taken, waiting for one up to the timeout.
     *
     * @throws IllegalStateException if none arrives in time, or the wait is interrupted
     */
    public RecordedRequest takeRequest(Duration timeout) {
        try {
            RecordedRequest r = requests.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (r == null) {
                throw new IllegalStateException("no request within " + timeout.toMillis() + " ms ("
                        + count.get() + " received in all)");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a request", e);
        }
    }

    /** How many requests were received, taken or not. */
    public int requestCount() {
        return count.get();
    }

    /**
     * POSTs an answer to a requester's endpoint, as an asynchronous peer does, and waits (up to 5 s)
     * for its response. The answer goes out through the production client
     * ({@link io.lorawanbi.client.BiClient#postAnswer}), over HTTP/1.1 on plain {@code http://}.
     *
     * @param endpoint the requester's endpoint, for example an {@code AsyncAnswerReceiver}'s URI
     * @param answer the answer, encoded with the peer's codec
     * @return the status and body the requester responded with (HTTP 200 and an empty body from a
     *     conforming requester); for a status other than 2xx the body is the production client's redacted
     *     excerpt of it
     * @throws UncheckedIOException if the endpoint cannot be reached in time
     * @throws io.lorawanbi.codec.BiEncodeException if the answer breaks a rule of its version
     */
    public TargetResponse postAnswer(URI endpoint, BiAnswer answer) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(answer, "answer");
        BiPeer requester = BiPeer.builder(endpoint).requestTimeout(POST_TIMEOUT).build();
        try {
            Acknowledgement ack = poster.postAnswer(requester, answer).toCompletableFuture().get();
            return new TargetResponse(ack.status(), ack.body());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BiClientException refused && refused.status().isPresent()) {
                return new TargetResponse(refused.status().getAsInt(), refused.excerpt().getBytes(StandardCharsets.UTF_8));
            }
            if (e.getCause() instanceof BiEncodeException invalid) {
                throw invalid;
            }
            throw new UncheckedIOException("cannot post the answer to " + requester.displayEndpoint() + ": "
                    + e.getCause().getMessage(), new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException("interrupted while posting the answer", new IOException(e));
        }
    }

    /**
     * Finishes the replies in progress, for up to {@link #DEFAULT_CLOSE_GRACE}, then stops; see
     * {@link #close(Duration)}. Idempotent.
     */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_GRACE);
    }

    /**
     * Finishes the replies in progress, then stops. From the call on, a request that arrives takes no
     * reply from the queue and is not recorded: it is answered HTTP 503 with the bare Result
     * {@code {"ResultCode":"Other","Description":"FakeBiPeer: closing"}}. Every reply already begun, a
     * {@linkplain Reply#delayed delayed} one included, is sent in full as long as it is due within the
     * grace period. Then the server stops listening, closes every connection (a reply still waiting
     * after the grace period is dropped with its connection) and frees its threads. Returns as soon as
     * no reply is open, at once when none was. A second call does nothing.
     *
     * @param grace the most time to wait for replies in progress; zero or negative drops them at once
     */
    public void close(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            int left = open.drain(grace);
            if (left > 0) {
                LOG.log(System.Logger.Level.WARNING, () -> "FakeBiPeer: " + left + " repl(ies) still waiting after the"
                        + " grace period of " + grace.toMillis() + " ms are dropped");
            }
        } finally {
            scheduler.shutdownNow();
            poster.close();
            // stop(0): the JDK's stop(delay) waits out its whole delay even when nothing is in progress.
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "FakeBiPeer[" + uri + ", " + replies.size() + " replies enqueued, " + count.get() + " requests]";
    }

    private void handle(HttpExchange exchange) {
        OpenExchanges.Admission admission = open.begin();
        if (admission == OpenExchanges.Admission.DROP) {
            exchange.close(); // stopped waiting: no response is begun
            return;
        }
        boolean handedOver = false;
        try {
            if (admission == OpenExchanges.Admission.REFUSE) {
                Reply.Response closing = Reply.bare(503, ResultCode.Other, "FakeBiPeer: closing");
                exchange.getResponseHeaders().set("Connection", "close");
                HttpExchanges.respond(exchange, closing.status(), closing.body());
                return;
            }
            handedOver = serve(exchange);
        } finally {
            if (!handedOver) {
                open.end();
            }
        }
    }

    /** Serves an admitted exchange; true when a delayed reply now owns it (and ends it). */
    private boolean serve(HttpExchange exchange) {
        byte[] body;
        try {
            body = HttpExchanges.readBody(exchange, codec.limits().maxBodyBytes());
        } catch (IOException e) {
            exchange.close();
            return false;
        }
        BiMessage message = null;
        String failure = null;
        try {
            message = body.length == 0 ? null : codec.decode(body);
            failure = body.length == 0 ? "empty body" : null;
        } catch (BiDecodeException e) {
            failure = e.getMessage();
        }
        RecordedRequest recorded = new RecordedRequest(count.incrementAndGet(), exchange.getRequestMethod(),
                exchange.getRequestURI().toString(), exchange.getRequestHeaders(), body, message, failure, clock.instant());
        Reply reply = next();
        Reply.Response response;
        try {
            response = reply.respond(recorded, codec);
        } catch (RuntimeException e) {
            response = Reply.bare(500, ResultCode.Other, "FakeBiPeer: the reply failed: " + e.getClass().getName());
        }
        requests.add(recorded);
        Reply.Response chosen = response;
        if (reply.delay().isZero()) {
            HttpExchanges.respond(exchange, chosen.status(), chosen.body());
            return false;
        }
        try {
            scheduler.schedule(() -> {
                try {
                    HttpExchanges.respond(exchange, chosen.status(), chosen.body());
                } finally {
                    open.end();
                }
            }, reply.delay().toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            exchange.close(); // stopped
            return false;
        }
    }

    private Reply next() {
        @Nullable Reply reply = replies.poll();
        return reply != null ? reply : Reply.noneEnqueued();
    }
}
