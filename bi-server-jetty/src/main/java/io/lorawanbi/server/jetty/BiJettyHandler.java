package io.lorawanbi.server.jetty;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.RequestHeaders;
import io.lorawanbi.server.OutboundResponse;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * Serves a {@link BiServer} as a Jetty 12 {@link Handler}, on any path it is mounted at. A POST's body
 * (read without blocking, up to the server's size limit plus one byte), the verified client
 * certificate chain of a TLS connection (with Jetty's {@code SecureRequestCustomizer} on the
 * connector), the Authorization header, the remote address and the Content-Type go to the server; its
 * status, headers and body come back. Other methods get HTTP 405.
 *
 * <p>No thread is held while the body arrives or while the handler works: the body is read on
 * demand, within a time limit, and the answer is written when the server's stage completes. A failure to read the body or
 * to write the answer (a client that hung up) fails Jetty's callback, which closes the connection and
 * releases its buffers. Thread-safe.
 */
public final class BiJettyHandler extends Handler.Abstract.NonBlocking {

    private static final System.Logger LOG = System.getLogger(BiJettyHandler.class.getName());

    /** The default time for a body to arrive. */
    static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(10);

    private final BiServer server;
    private final Duration bodyTimeout;

    /**
     * A handler for a server, giving each request body 10 s to arrive.
     *
     * @param server the server; its {@link BiServer#maxBodyBytes()} bounds the body read
     */
    public BiJettyHandler(BiServer server) {
        this(server, DEFAULT_BODY_TIMEOUT);
    }

    /**
     * A handler for a server.
     *
     * @param server the server; its {@link BiServer#maxBodyBytes()} bounds the body read
     * @param bodyTimeout the most time for a request's body to arrive, from the end of its headers; an
     *     incomplete body then fails the exchange, and Jetty closes the connection
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public BiJettyHandler(BiServer server, Duration bodyTimeout) {
        this.server = Objects.requireNonNull(server, "server");
        if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
            throw new IllegalArgumentException("bodyTimeout must be positive");
        }
        this.bodyTimeout = bodyTimeout;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.setStatus(HttpStatus.METHOD_NOT_ALLOWED_405);
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            callback.succeeded();
            return true;
        }
        new BodyReader(request, server.maxBodyBytes() + 1, bodyTimeout, body -> {
            InboundRequest inbound;
            try {
                inbound = InboundRequest.builder(body)
                        .peerCertificates(peerCertificates(request))
                        .headers(headers(request))
                        .remoteAddress(remoteAddress(request))
                        .build();
            } catch (RuntimeException e) {
                callback.failed(e);
                return;
            }
            server.handleAsync(inbound).whenComplete((answer, failure) -> {
                if (answer == null) {
                    LOG.log(System.Logger.Level.DEBUG, () -> "no answer to write: " + failure);
                    callback.failed(failure != null ? failure : new IllegalStateException("no answer"));
                } else {
                    respond(response, answer, callback);
                }
            });
        }, failure -> {
            LOG.log(System.Logger.Level.DEBUG, () -> "could not read the request: " + failure.getClass().getName());
            callback.failed(failure);
        }).start();
        return true;
    }

    private static void respond(Response response, OutboundResponse answer, Callback callback) {
        try {
            response.setStatus(answer.status());
            for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
                for (String value : h.getValue()) {
                    response.getHeaders().add(new HttpField(h.getKey(), value));
                }
            }
            int length = answer.bodyLength();
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
            response.write(true, length == 0 ? null : ByteBuffer.wrap(answer.body()), Callback.from(callback::succeeded,
                    failure -> {
                        LOG.log(System.Logger.Level.DEBUG, () -> "could not write the response: "
                                + failure.getClass().getName());
                        callback.failed(failure);
                    }));
        } catch (RuntimeException e) {
            callback.failed(e);
        }
    }

    private static List<X509Certificate> peerCertificates(Request request) {
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls) {
            X509Certificate[] chain = tls.peerCertificates();
            return chain == null ? List.of() : List.of(chain);
        }
        return List.of();
    }

    /** Every request header, as the server sees it (Authorization and Content-Type among them). */
    private static RequestHeaders headers(Request request) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (org.eclipse.jetty.http.HttpField field : request.getHeaders()) {
            out.computeIfAbsent(field.getName(), k -> new java.util.ArrayList<>()).add(field.getValue());
        }
        return RequestHeaders.of(out);
    }

    private static @Nullable InetSocketAddress remoteAddress(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet : null;
    }

    /**
     * Reads a body on demand, up to a limit (the rest is left for Jetty to discard), without blocking,
     * and gives up when the body has not arrived in time. Exactly one of the two consumers is called.
     */
    private static final class BodyReader implements Runnable {
        private final Request request;
        private final int limit;
        private final Duration timeout;
        private final Consumer<byte[]> done;
        private final Consumer<Throwable> failed;
        private final AtomicBoolean finished = new AtomicBoolean();
        private byte[] body = new byte[0];
        private Scheduler.@Nullable Task deadline;

        BodyReader(Request request, int limit, Duration timeout, Consumer<byte[]> done, Consumer<Throwable> failed) {
            this.request = request;
            this.limit = limit;
            this.timeout = timeout;
            this.done = done;
            this.failed = failed;
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::expire, timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            run();
        }

        private void expire() {
            if (finished.compareAndSet(false, true)) {
                failed.accept(new TimeoutException("request body not received within " + timeout.toMillis() + " ms"));
            }
        }

        private void finish(@Nullable byte[] result, @Nullable Throwable failure) {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            Scheduler.Task task = deadline;
            if (task != null) {
                task.cancel();
            }
            if (result != null) {
                done.accept(result);
            } else {
                failed.accept(failure);
            }
        }

        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    chunk.release();
                    finish(null, failure);
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                int take = Math.min(buffer.remaining(), limit - body.length);
                if (take > 0) {
                    byte[] grown = Arrays.copyOf(body, body.length + take);
                    buffer.get(grown, body.length, take);
                    body = grown;
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (last || body.length >= limit) {
                    finish(body, null);
                    return;
                }
            }
        }
    }
}
