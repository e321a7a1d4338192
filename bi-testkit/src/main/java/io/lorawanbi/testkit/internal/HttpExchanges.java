package io.lorawanbi.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small helpers for the test kit's servers on the JDK's built-in HTTP server: bounded body reads,
 * responses, daemon threads and base URIs. Stateless and thread-safe.
 */
public final class HttpExchanges {

    private HttpExchanges() {}

    /** Reads a request body, at most {@code max} bytes plus one (so that an oversized body shows). */
    public static byte[] readBody(HttpExchange exchange, int max) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(max + 1);
        }
    }

    /**
     * Sends a status and a body (JSON when not empty) and closes the exchange. Failures to write are
     * swallowed: the other side has gone.
     */
    public static void respond(HttpExchange exchange, int status, byte[] body) {
        try (exchange) {
            if (body.length > 0) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client has gone away or the server is closing; nothing to report to anyone
        }
    }

    /** Answers a method other than POST with HTTP 405. */
    public static void methodNotAllowed(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Allow", "POST");
        respond(exchange, 405, new byte[0]);
    }

    /** A factory of daemon threads named {@code name-1}, {@code name-2}, … */
    public static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The base URI of a bound address, for example {@code http://127.0.0.1:41234/}. */
    public static URI baseUri(String scheme, InetSocketAddress address) {
        return URI.create(scheme + "://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    /**
     * A URI as it may appear in messages: without user information, query or fragment, which may
     * carry credentials.
     */
    public static String display(URI uri) {
        if (uri.getHost() == null) {
            return uri.getScheme() + ":…";
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
