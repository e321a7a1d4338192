package io.lorawanbi.server.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.RequestHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Serves a {@link BiServer} on the JDK's built-in HTTP server ({@code com.sun.net.httpserver}), HTTP
 * or HTTPS, on any path. A POST's body (read up to the codec's size limit plus one byte), the verified
 * client certificate chain of an HTTPS exchange, every request header (Authorization and Content-Type
 * among them) and the immediate peer's address go to the server; its status, headers and body
 * come back. Other methods get HTTP 405.
 *
 * <p>The response is written when the server's stage completes, so a slow handler does not hold the
 * dispatcher thread. Thread-safe.
 *
 * <p>Mounted in an {@code HttpServer} of your own, it is as robust as that server's settings: give it
 * an executor with a thread for every busy connection and the JDK server's time and connection limits,
 * as {@link BiHttpServer} does (see its description).
 */
public final class JdkHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(JdkHttpHandler.class.getName());

    /** The most bytes of an oversized body read and discarded before answering it. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final BiServer server;
    private final int maxBodyBytes;
    private final InFlight inFlight;

    /**
     * A handler for a server.
     *
     * @param server the server
     * @param maxBodyBytes the most bytes read from a body; a longer body is cut at this length plus
     *     one byte, which the codec then refuses as too large
     */
    public JdkHttpHandler(BiServer server, int maxBodyBytes) {
        this(server, maxBodyBytes, new InFlight());
    }

    /** A handler that reports its exchanges to a {@link BiHttpServer}'s count, so that closing waits for them. */
    JdkHttpHandler(BiServer server, int maxBodyBytes, InFlight inFlight) {
        this.server = Objects.requireNonNull(server, "server");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        this.maxBodyBytes = maxBodyBytes;
        this.inFlight = inFlight;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        InFlight.Admission admission = inFlight.begin();
        if (admission == InFlight.Admission.DROP) {
            exchange.close(); // the server has stopped waiting: no response is begun
            return;
        }
        boolean handedOver = false;
        try {
            if (admission == InFlight.Admission.REFUSE) {
                // The server is closing: a complete answer now, so that the peer retries elsewhere or later.
                exchange.getResponseHeaders().set("Connection", "close");
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                exchange.close();
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(maxBodyBytes + 1);
                if (body.length > maxBodyBytes) {
                    drain(in);
                }
            }
            InboundRequest request = InboundRequest.builder(body)
                    .peerCertificates(peerCertificates(exchange))
                    .headers(RequestHeaders.of(exchange.getRequestHeaders()))
                    .remoteAddress(exchange.getRemoteAddress())
                    .build();
            server.handleAsync(request).whenComplete((response, failure) -> {
                try {
                    respond(exchange, response);
                } finally {
                    inFlight.end();
                }
            });
            handedOver = true;
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "request failed before handling: " + e.getClass().getName());
            exchange.close();
        } finally {
            if (!handedOver) {
                inFlight.end();
            }
        }
    }

    /**
     * Reads and discards the rest of an oversized body (up to {@link #DRAIN_LIMIT} bytes), so that the
     * client, still sending, reads the refusal instead of a reset connection. Beyond that the
     * connection is simply closed.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] scrap = new byte[8192];
        long drained = 0;
        int n;
        while (drained < DRAIN_LIMIT && (n = in.read(scrap)) > 0) {
            drained += n;
        }
    }

    private static void respond(HttpExchange exchange, OutboundResponse response) {
        try (exchange) {
            for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
                exchange.getResponseHeaders().put(h.getKey(), h.getValue());
            }
            int length = response.bodyLength();
            exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
            if (length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Typically a client that hung up before reading its answer. The JDK server does not close
            // such a connection itself; its response time limit (sun.net.httpserver.maxRspTime, set by
            // BiHttpServer) does, within seconds.
            LOG.log(System.Logger.Level.DEBUG, () -> "could not write the response: " + e.getClass().getName());
        }
    }

    private static List<X509Certificate> peerCertificates(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange https) || https.getSSLSession() == null) {
            return List.of();
        }
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : https.getSSLSession().getPeerCertificates()) {
                if (c instanceof X509Certificate x) {
                    chain.add(x);
                }
            }
            return chain;
        } catch (SSLPeerUnverifiedException e) {
            return List.of(); // no client certificate presented
        }
    }
}
