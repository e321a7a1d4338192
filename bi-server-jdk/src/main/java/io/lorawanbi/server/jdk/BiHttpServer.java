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
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A {@link BiServer} listening on the JDK's built-in HTTP server, over HTTP or HTTPS (optionally asking
 * for or requiring client certificates). It serves every path. Start it with {@link #http} or
 * {@link #https}; stop it with {@link #close()}, which first finishes the responses it has begun.
 *
 * <h2>Limits</h2>
 * Every connection is bounded in time, and their number is capped, so that slow or vanishing clients
 * cannot stop the server or exhaust its descriptors:
 * <ul>
 *   <li>Each connection that is reading a request or writing an answer has a thread of its own from
 *       the server's pool, so a slow sender holds back only itself. The pool has as many threads as
 *       the connection cap; idle threads end after 30 s.</li>
 *   <li>The JDK server's own settings, JVM-wide system properties, bound the rest. This class sets
 *       these defaults when it is loaded, for every property not already set (with {@code -D}):
 *       <table>
 *         <caption>JDK HTTP server settings and the defaults set here</caption>
 *         <tr><th>property</th><th>default</th><th>meaning</th></tr>
 *         <tr><td>{@code sun.net.httpserver.maxReqTime}</td><td>10 (s)</td><td>the most time to receive
 *             a request's line, headers and body; then the connection is closed</td></tr>
 *         <tr><td>{@code sun.net.httpserver.maxRspTime}</td><td>15 (s)</td><td>the most time from a
 *             received request to its written answer, handler time included (keep it above the
 *             server's {@code handlerTimeout}, 5 s by default); then the connection is closed. This
 *             also reclaims the connection of a client that hung up before reading its answer,
 *             which the JDK server otherwise never closes</td></tr>
 *         <tr><td>{@code sun.net.httpserver.idleInterval}</td><td>30 (s)</td><td>how long a kept-alive
 *             connection, or an accepted one that sent nothing yet, may stay idle</td></tr>
 *         <tr><td>{@code sun.net.httpserver.maxIdleConnections}</td><td>64</td><td>kept-alive idle
 *             connections beyond this are closed</td></tr>
 *         <tr><td>{@code jdk.httpserver.maxConnections}</td><td>128</td><td>connections open at once;
 *             further clients wait in the listen backlog (128) until one closes</td></tr>
 *         <tr><td>{@code sun.net.httpserver.maxReqHeaders}</td><td>100</td><td>request headers;
 *             more are refused</td></tr>
 *         <tr><td>{@code sun.net.httpserver.maxReqHeaderSize}</td><td>32768 (bytes)</td><td>the size
 *             of the request headers; larger are refused</td></tr>
 *       </table>
 *       The JDK reads these once, when the first {@code com.sun.net.httpserver} server of the JVM is
 *       created: start a {@code BiHttpServer} (or call {@link #limits()}) before any other server of
 *       that package in the same JVM, or set the properties on the command line. Their timers tick
 *       once a second ({@code sun.net.httpserver.timerMillis}). {@code maxConnections} and
 *       {@code maxReqHeaderSize} are read by JDK 17.0.15 and later updates; older ones ignore them.</li>
 *   <li>A request body is read up to the server's {@code maxBodyBytes}; see {@link JdkHttpHandler}.</li>
 * </ul>
 * For a server on the internet, the Jetty adapter ({@code io.lorawanbi.server.jetty}) offers limits
 * per server instead of per JVM, HTTP/2, and more.
 *
 * <p>Thread-safe. It owns its pool of connection threads, shut down on close.
 */
public final class BiHttpServer implements AutoCloseable {

    static {
        defaultProperty("sun.net.httpserver.maxReqTime", "10");
        defaultProperty("sun.net.httpserver.maxRspTime", "15");
        defaultProperty("sun.net.httpserver.idleInterval", "30");
        defaultProperty("sun.net.httpserver.maxIdleConnections", "64");
        defaultProperty("jdk.httpserver.maxConnections", "128");
        defaultProperty("sun.net.httpserver.maxReqHeaders", "100");
        defaultProperty("sun.net.httpserver.maxReqHeaderSize", "32768");
    }

    /** Threads when the connection cap is unset or unlimited. */
    private static final int THREADS_WITHOUT_CAP = 128;

    /**
     * The JDK server's limits in effect for servers created from now on, read from the system
     * properties (the JDK's own defaults where a property is unset or unreadable).
     *
     * @param maxRequestTime the most time to receive a request; {@link Duration#ZERO} for none
     * @param maxResponseTime the most time from a received request to its written answer;
     *     {@link Duration#ZERO} for none
     * @param idleInterval how long a connection may stay idle
     * @param maxConnections connections open at once; 0 or less for no cap
     * @param maxIdleConnections idle kept-alive connections kept at once
     * @param maxRequestHeaders request headers accepted
     */
    public record Limits(Duration maxRequestTime, Duration maxResponseTime, Duration idleInterval,
            int maxConnections, int maxIdleConnections, int maxRequestHeaders) {}

    /**
     * The limits in effect (see the class description). Calling it also installs this class's
     * defaults, so call it before creating another {@code com.sun.net.httpserver} server in the JVM.
     */
    public static Limits limits() {
        return new Limits(seconds("sun.net.httpserver.maxReqTime", -1), seconds("sun.net.httpserver.maxRspTime", -1),
                seconds("sun.net.httpserver.idleInterval", 30), Integer.getInteger("jdk.httpserver.maxConnections", -1),
                Integer.getInteger("sun.net.httpserver.maxIdleConnections", 200),
                Integer.getInteger("sun.net.httpserver.maxReqHeaders", 200));
    }

    private static Duration seconds(String property, long jdkDefault) {
        long value = Long.getLong(property, jdkDefault);
        return value <= 0 ? Duration.ZERO : Duration.ofSeconds(value);
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    /** Whether an HTTPS server asks TLS clients for a certificate. */
    public enum ClientAuth {
        /** No client certificate is requested. */
        NONE,
        /** A client certificate is requested; a client without one is still served (The Things Stack's choice). */
        WANT,
        /** A client certificate is required by the TLS handshake. */
        NEED
    }

    /** How long {@link #close()} waits for exchanges in progress: 10 s, above the handlers' default 5 s deadline. */
    public static final Duration DEFAULT_CLOSE_GRACE = Duration.ofSeconds(10);

    private static final System.Logger LOG = System.getLogger(BiHttpServer.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final String scheme;
    private final InFlight inFlight;
    private final AtomicBoolean closed = new AtomicBoolean();

    private BiHttpServer(HttpServer server, ExecutorService executor, String scheme, InFlight inFlight) {
        this.server = server;
        this.executor = executor;
        this.scheme = scheme;
        this.inFlight = inFlight;
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
        // One thread per busy connection: the JDK server reads a request's headers and body on the
        // executor, so a pool smaller than the connection cap lets a few slow senders hold it all.
        // The queue only fills if every connection is busy, which the connection cap bounds.
        int cap = limits().maxConnections();
        int threads = cap > 0 ? cap : THREADS_WITHOUT_CAP;
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "bi-http-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
        InFlight inFlight = new InFlight();
        server.createContext("/", new JdkHttpHandler(biServer, biServer.maxBodyBytes(), inFlight));
        server.setExecutor(executor);
        server.start();
        return new BiHttpServer(server, executor, scheme, inFlight);
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * The base URL, for example {@code http://127.0.0.1:41234/}; an IPv6 address is in brackets
     * ({@code http://[::1]:41234/}). Bound to all interfaces, it names the wildcard address
     * ({@code http://[0:0:0:0:0:0:0:0]:41234/}), which a client on the same host can reach.
     */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope); // a zone is meaningless to a peer
        }
        try {
            return new URI(scheme, null, host, a.getPort(), "/", null, null); // brackets an IPv6 literal
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URI for " + a, e);
        }
    }

    /**
     * Finishes the responses in progress, for up to {@link #DEFAULT_CLOSE_GRACE}, then stops listening,
     * closes every connection and frees the threads; see {@link #close(Duration)}. Idempotent.
     */
    @Override
    public void close() {
        close(DEFAULT_CLOSE_GRACE);
    }

    /**
     * Finishes the responses in progress, then stops. From the call on, a request that arrives is
     * answered HTTP 503 with {@code Connection: close} (a complete response, so a peer can retry); every
     * exchange already begun, a slow handler's included, is answered in full as long as it ends within
     * the grace period. Then the server stops listening, closes every connection (an exchange still
     * open after the grace period loses its connection) and frees its threads. Returns as soon as no
     * exchange is open, at once when none was. A second call does nothing.
     *
     * @param grace the most time to wait for exchanges in progress; keep it above the server's
     *     {@code handlerTimeout} (5 s by default), after which every handler has been answered
     */
    public void close(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            int left = inFlight.drain(grace.isNegative() ? Duration.ZERO : grace);
            if (left > 0) {
                LOG.log(System.Logger.Level.WARNING, () -> left + " exchange(s) still open after the grace period of "
                        + grace.toMillis() + " ms lose their connection");
            }
        } finally {
            // stop(0): the JDK's stop(delay) waits out its whole delay even when nothing is in progress.
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
