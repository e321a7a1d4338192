package io.lorawanbi.server.jdk;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.lorawanbi.server.BiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A {@link BiServer} listening on the JDK's built-in HTTP server, over HTTP or HTTPS (optionally asking
 * for or requiring client certificates). It serves every path. Start it with {@link #http} or
 * {@link #https}; stop it with {@link #close()}.
 *
 * <p>Thread-safe. It owns a bounded pool of dispatcher threads, shut down on close.
 */
public final class BiHttpServer implements AutoCloseable {

    /** Whether an HTTPS server asks TLS clients for a certificate. */
    public enum ClientAuth {
        /** No client certificate is requested. */
        NONE,
        /** A client certificate is requested; a client without one is still served (The Things Stack's choice). */
        WANT,
        /** A client certificate is required by the TLS handshake. */
        NEED
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String scheme;

    private BiHttpServer(HttpServer server, ExecutorService executor, String scheme) {
        this.server = server;
        this.executor = executor;
        this.scheme = scheme;
    }

    /**
     * Starts an HTTP server.
     *
     * @param biServer the server to expose
     * @param address where to listen; port 0 picks a free port
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static BiHttpServer http(BiServer biServer, InetSocketAddress address) {
        try {
            return start(HttpServer.create(address, 128), biServer, "http");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
    }

    /**
     * Starts an HTTPS server.
     *
     * @param biServer the server to expose
     * @param address where to listen; port 0 picks a free port
     * @param tls the server's TLS context (its key managers hold the server certificate; its trust
     *     managers decide which client chains the handshake accepts)
     * @param clientAuth whether client certificates are requested
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static BiHttpServer https(BiServer biServer, InetSocketAddress address, SSLContext tls, ClientAuth clientAuth) {
        Objects.requireNonNull(tls, "tls");
        try {
            HttpsServer https = HttpsServer.create(address, 128);
            https.setHttpsConfigurator(new HttpsConfigurator(tls) {
                @Override
                public void configure(HttpsParameters params) {
                    SSLParameters p = tls.getDefaultSSLParameters();
                    // Each setter overrides the other (setNeedClientAuth(false) also clears "want"),
                    // so only the one that matters is called.
                    if (clientAuth == ClientAuth.NEED) {
                        p.setNeedClientAuth(true);
                    } else {
                        p.setWantClientAuth(clientAuth == ClientAuth.WANT);
                    }
                    params.setSSLParameters(p);
                }
            });
            return start(https, biServer, "https");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
    }

    private static BiHttpServer start(HttpServer server, BiServer biServer, String scheme) {
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bi-http");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", new JdkHttpHandler(biServer, biServer.maxBodyBytes()));
        server.setExecutor(executor);
        server.start();
        return new BiHttpServer(server, executor, scheme);
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The base URL, for example {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        InetSocketAddress a = address();
        return URI.create(scheme + "://" + a.getHostString() + ":" + a.getPort() + "/");
    }

    /**
     * Lets exchanges in progress finish for up to a second, then stops listening and frees the threads.
     * (The exchanges are drained through the executor first because the JDK's {@code stop(delay)}
     * waits out its whole delay even when nothing is in progress.)
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
        }
    }
}
