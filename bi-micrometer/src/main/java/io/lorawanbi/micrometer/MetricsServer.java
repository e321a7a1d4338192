package io.lorawanbi.micrometer;

import com.sun.net.httpserver.HttpServer;
import io.lorawanbi.micrometer.internal.HealthChecks;
import io.lorawanbi.micrometer.internal.MetricsHandler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP listener of its own, apart from the BI listener, for the monitoring system:
 * <ul>
 *   <li>{@code GET /metrics}: the registry in the Prometheus text format 0.0.4 ({@code Content-Type:
 *       text/plain; version=0.0.4; charset=utf-8}), or in OpenMetrics 1.0.0 when the request's
 *       {@code Accept} names {@code application/openmetrics-text};</li>
 *   <li>{@code GET /health}: {@code 200} with {@code {"status":"UP","checks":{...}}} while the server
 *       is {@linkplain #ready(boolean) ready} and every {@link ReadinessCheck} passes; {@code 503} with
 *       {@code "status":"DOWN"} and each check's outcome otherwise. The check named {@code server} is
 *       the flag set with {@link #ready(boolean)}: an integrator sets it once the BI listener is up and
 *       clears it when a graceful stop begins, so that a load balancer stops sending first.</li>
 * </ul>
 * {@code HEAD} is answered as {@code GET} without a body; any other method gets 405, a request with a
 * body 413, another path 404. No endpoint reads a request body.
 *
 * <h2>Limits</h2>
 * It runs on the JDK's HTTP server with a pool of {@value #THREADS} connection threads: meant for a
 * scraper on a private network (default address {@code 127.0.0.1:9464}), not for the internet. The
 * JDK server's time and size limits are JVM-wide system properties; when this class is loaded it sets,
 * for every one not already set, the same defaults as the JDK BI adapter: {@code
 * sun.net.httpserver.maxReqTime} 10 s (to receive a request), {@code maxRspTime} 15 s (to send the
 * answer), {@code idleInterval} 30 s, {@code maxReqHeaders} 100, {@code maxReqHeaderSize} 32768 bytes.
 * So a client that stalls holds a thread for at most 10 s. Each readiness check is bounded by
 * {@link Builder#checkTimeout} (default 2 s), so {@code /health} answers within that time, and a check
 * is never run twice at once.
 *
 * <p>Thread-safe. Start it with {@link Builder#start()}; {@link #close()} stops it and its threads.
 */
public final class MetricsServer implements AutoCloseable {

    /** Connection threads. */
    public static final int THREADS = 4;
    /** The default port: {@value}. */
    public static final int DEFAULT_PORT = 9464;

    static {
        defaultProperty("sun.net.httpserver.maxReqTime", "10");
        defaultProperty("sun.net.httpserver.maxRspTime", "15");
        defaultProperty("sun.net.httpserver.idleInterval", "30");
        defaultProperty("sun.net.httpserver.maxReqHeaders", "100");
        defaultProperty("sun.net.httpserver.maxReqHeaderSize", "32768");
    }

    private final HttpServer server;
    private final ExecutorService connections;
    private final ExecutorService checks;
    private final AtomicBoolean ready;

    private MetricsServer(HttpServer server, ExecutorService connections, ExecutorService checks, AtomicBoolean ready) {
        this.server = server;
        this.connections = connections;
        this.checks = checks;
        this.ready = ready;
    }

    /** A builder serving this registry. */
    public static Builder builder(PrometheusMeterRegistry registry) {
        return new Builder(registry);
    }

    /**
     * Sets the {@code server} check: whether the BI server this listener reports on is serving. It
     * starts as set by {@link Builder#ready(boolean)} (default ready).
     */
    public void ready(boolean value) {
        ready.set(value);
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The base URL, for example {@code http://127.0.0.1:9464/}; {@code /metrics} and {@code /health} are under it. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        int scope = host.indexOf('%');
        try {
            return new URI("http", null, scope >= 0 ? host.substring(0, scope) : host, a.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URI for " + a, e);
        }
    }

    /** Stops listening, lets an exchange in progress finish for up to a second, and ends the threads. */
    @Override
    public void close() {
        ready.set(false);
        connections.shutdown();
        try {
            if (!connections.awaitTermination(1, TimeUnit.SECONDS)) {
                connections.shutdownNow();
            }
        } catch (InterruptedException e) {
            connections.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
            checks.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "MetricsServer[" + uri() + "]";
    }

    private static void defaultProperty(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Builds a {@link MetricsServer}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private final PrometheusMeterRegistry registry;
        private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), DEFAULT_PORT);
        private final Map<String, ReadinessCheck> checks = new LinkedHashMap<>();
        private Duration checkTimeout = Duration.ofSeconds(2);
        private boolean ready = true;

        private Builder(PrometheusMeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /** Where to listen (default {@code 127.0.0.1:9464}); port 0 picks a free port. */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * A readiness check reported under this name in {@code /health}; may be called several times.
         *
         * @param name a short name such as {@code "device-registry"}; not {@code "server"}, which is
         *     the flag of {@link MetricsServer#ready(boolean)}
         * @throws IllegalArgumentException if the name is blank, {@code "server"} or given already
         */
        public Builder readinessCheck(String name, ReadinessCheck check) {
            Objects.requireNonNull(check, "check");
            if (name == null || name.isBlank() || name.equals("server") || checks.containsKey(name)) {
                throw new IllegalArgumentException("readiness check name must be new, not blank and not \"server\": " + name);
            }
            checks.put(name, check);
            return this;
        }

        /** How long one {@code /health} request waits for the checks (default 2 s). */
        public Builder checkTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("check timeout must be positive");
            }
            this.checkTimeout = timeout;
            return this;
        }

        /** The {@code server} check's state at start (default ready). */
        public Builder ready(boolean value) {
            this.ready = value;
            return this;
        }

        /**
         * Starts listening.
         *
         * @throws UncheckedIOException if the address cannot be bound
         */
        public MetricsServer start() {
            HttpServer http;
            try {
                http = HttpServer.create(address, 16);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + address, e);
            }
            ExecutorService connections = Executors.newFixedThreadPool(THREADS, daemons("bi-metrics-"));
            ExecutorService checkThreads = Executors.newCachedThreadPool(daemons("bi-metrics-check-"));
            AtomicBoolean flag = new AtomicBoolean(ready);
            http.createContext("/", new MetricsHandler(registry, new HealthChecks(checks, checkTimeout, checkThreads), flag::get));
            http.setExecutor(connections);
            http.start();
            return new MetricsServer(http, connections, checkThreads, flag);
        }
    }
}
