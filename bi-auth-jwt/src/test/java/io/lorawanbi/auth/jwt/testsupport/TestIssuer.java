package io.lorawanbi.auth.jwt.testsupport;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token issuer on loopback: the JDK HTTP server publishes its public keys at
 * {@code /.well-known/jwks.json} (ephemeral port) and counts the fetches. It can rotate its keys, answer
 * 503 (an outage) or hang (a slow endpoint).
 */
public final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger fetches = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile JWKSet published = new JWKSet();
    private volatile boolean down;
    private volatile boolean hanging;

    private TestIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/jwks.json", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts an issuer that publishes these keys. */
    public static TestIssuer start(SigningKey... keys) throws IOException {
        TestIssuer issuer = new TestIssuer();
        issuer.publish(keys);
        return issuer;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            fetches.incrementAndGet();
            if (hanging) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = published.toString(true).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Publishes exactly these keys (their public parts), replacing the previous set: a rotation. */
    public void publish(SigningKey... keys) {
        published = new JWKSet(List.of(keys).stream().map(SigningKey::publicJwk).map(JWK::toPublicJWK).toList());
    }

    /** Answers every key request with 503 (true) or normally again (false). */
    public void down(boolean value) {
        down = value;
    }

    /** Makes every key request hang until {@link #close()}. */
    public void hang() {
        hanging = true;
    }

    /** The issuer URL ({@code iss}): {@code http://127.0.0.1:<port>}. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where the keys are: {@code <issuer>/.well-known/jwks.json}. */
    public URI jwksUri() {
        return URI.create(issuer() + "/.well-known/jwks.json");
    }

    /** How many times the keys were requested. */
    public int fetches() {
        return fetches.get();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
