package io.lorawanbi.server.jetty;

import io.lorawanbi.server.BiServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * A {@link BiServer} on a Jetty 12 server of its own, over HTTP/1.1 and HTTP/2, plain or TLS (optionally asking for or
 * requiring client certificates, whose verified chain reaches the authenticator). It serves every
 * path. Build one with {@link #builder(BiServer)}, stop it with {@link #close()}, which first finishes
 * the responses it has begun ({@link Builder#stopTimeout}).
 *
 * <p>Its limits are per server (defaults in {@link Builder}): an idle timeout for every connection, a
 * time limit for a request body to arrive, a request header size, and a cap on
 * open connections (Jetty's {@link NetworkConnectionLimit}: beyond it, accepting pauses and the
 * clients wait in the listen backlog). Requests are read and answered without holding a thread while
 * the client is slow, so slow clients cost a connection each and nothing more.
 *
 * <p>Thread-safe.
 */
public final class BiJettyServer implements AutoCloseable {

    /** Whether an HTTPS server asks TLS clients for a certificate. */
    public enum ClientAuth {
        /** No client certificate is requested. */
        NONE,
        /** A client certificate is requested; a client without one is still served. */
        WANT,
        /** A client certificate is required by the TLS handshake. */
        NEED
    }

    private static final System.Logger LOG = System.getLogger(BiJettyServer.class.getName());

    private final Server server;
    private final ServerConnector connector;
    private final String scheme;

    private BiJettyServer(Server server, ServerConnector connector, String scheme) {
        this.server = server;
        this.connector = connector;
        this.scheme = scheme;
    }

    /** A builder for a server exposing {@code biServer}. */
    public static Builder builder(BiServer biServer) {
        return new Builder(biServer);
    }

    /** The bound address (with the real port when 0 was asked for). */
    public InetSocketAddress address() {
        String host = connector.getHost();
        return host == null ? new InetSocketAddress(connector.getLocalPort())
                : new InetSocketAddress(host, connector.getLocalPort());
    }

    /** The base URL, for example {@code https://127.0.0.1:41234/}; an IPv6 address is in brackets. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        int scope = host.indexOf('%');
        try {
            return new URI(scheme, null, scope >= 0 ? host.substring(0, scope) : host, a.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URI for " + a, e);
        }
    }

    /** The Jetty server, to inspect or to add beans (metrics, request logs) before traffic arrives. */
    public Server jetty() {
        return server;
    }

    /**
     * Finishes the responses in progress, then stops. Jetty stops accepting connections, answers a
     * request that arrives on an open connection meanwhile with HTTP 503, and waits until every
     * exchange already begun, a slow handler's included, has been answered in full, for up to the
     * {@linkplain Builder#stopTimeout stop timeout} (10 s by default); then it closes every connection
     * (an exchange still open loses its connection) and frees the threads. Returns as soon as no
     * exchange is open. A second call does nothing.
     *
     * @throws IllegalStateException if Jetty fails to stop for another reason than the stop timeout running out
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (TimeoutException e) {
            // The stop timeout ran out (an exchange slower than it); Jetty has gone on to close the
            // connections and stop.
            LOG.log(System.Logger.Level.WARNING, "exchanges still open after the stop timeout lose their connection");
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the Jetty server", e);
        }
    }

    /** Builds and starts a {@link BiJettyServer}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private final BiServer biServer;
        private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
        private @Nullable SSLContext tls;
        private ClientAuth clientAuth = ClientAuth.NONE;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration bodyTimeout = BiJettyHandler.DEFAULT_BODY_TIMEOUT;
        private int maxConnections = 1024;
        private int maxRequestHeaderBytes = 8192;
        private int maxThreads = 200;
        private boolean http2 = true;
        private Duration stopTimeout = Duration.ofSeconds(10);

        private Builder(BiServer biServer) {
            this.biServer = Objects.requireNonNull(biServer, "biServer");
        }

        /** Where to listen; port 0 picks a free port. Default 127.0.0.1, port 0. */
        public Builder address(InetSocketAddress value) {
            this.address = Objects.requireNonNull(value, "address");
            return this;
        }

        /**
         * Serves HTTPS with this TLS context (its key managers hold the server certificate; its trust
         * managers decide which client chains the handshake accepts). Default: plain HTTP.
         */
        public Builder tls(SSLContext context, ClientAuth auth) {
            this.tls = Objects.requireNonNull(context, "context");
            this.clientAuth = Objects.requireNonNull(auth, "auth");
            return this;
        }

        /**
         * How long a connection may be idle: no byte read or written, whether it is between requests,
         * in the middle of one, or waiting to write an answer. Default 30 s.
         */
        public Builder idleTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive");
            }
            this.idleTimeout = value;
            return this;
        }

        /**
         * The most time for a request's body to arrive, from the end of its headers; a body still
         * incomplete then fails the exchange and its connection is closed. Default 10 s.
         */
        public Builder bodyTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("bodyTimeout must be positive");
            }
            this.bodyTimeout = value;
            return this;
        }

        /**
         * Whether HTTP/2 is served besides HTTP/1.1: h2 negotiated with ALPN over TLS, h2c (prior
         * knowledge or an upgrade) over plain TCP. Default true.
         */
        public Builder http2(boolean value) {
            this.http2 = value;
            return this;
        }

        /** Connections open at once; beyond it, accepting pauses. Default 1,024. */
        public Builder maxConnections(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxConnections must be positive");
            }
            this.maxConnections = value;
            return this;
        }

        /** The largest request line and headers, in bytes; larger get HTTP 431. Default 8,192. */
        public Builder maxRequestHeaderBytes(int value) {
            if (value < 1024) {
                throw new IllegalArgumentException("maxRequestHeaderBytes must be at least 1024");
            }
            this.maxRequestHeaderBytes = value;
            return this;
        }

        /** The most threads of Jetty's pool (selectors and acceptors included). Default 200; at least 8. */
        public Builder maxThreads(int value) {
            if (value < 8) {
                throw new IllegalArgumentException("maxThreads must be at least 8");
            }
            this.maxThreads = value;
            return this;
        }

        /**
         * How long {@link BiJettyServer#close()} waits for the exchanges in progress to be answered
         * before it closes their connections. Default 10 s, above the handlers' default deadline of
         * 5 s ({@code BiServer.Builder.handlerTimeout}): keep it above the server's.
         */
        public Builder stopTimeout(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("stopTimeout must be positive");
            }
            this.stopTimeout = value;
            return this;
        }

        /**
         * Starts the server.
         *
         * @throws UncheckedIOException if the address cannot be bound
         * @throws IllegalStateException if Jetty fails to start for another reason
         */
        public BiJettyServer start() {
            QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
            threads.setName("bi-jetty");
            threads.setDaemon(true);
            Server server = new Server(threads);
            server.setStopTimeout(stopTimeout.toMillis());

            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendDateHeader(false);
            http.setRequestHeaderSize(maxRequestHeaderBytes);
            http.setIdleTimeout(idleTimeout.toMillis());
            ServerConnector connector;
            String scheme;
            HttpConnectionFactory http1 = new HttpConnectionFactory(http);
            if (tls == null) {
                connector = http2
                        ? new ServerConnector(server, 1, 1, http1, new HTTP2CServerConnectionFactory(http))
                        : new ServerConnector(server, 1, 1, http1);
                scheme = "http";
            } else {
                SecureRequestCustomizer secure = new SecureRequestCustomizer(false);
                secure.setSniHostCheck(false); // peers connect by address as often as by name
                http.addCustomizer(secure);
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setSslContext(tls);
                ssl.setSniRequired(false);
                if (clientAuth == ClientAuth.NEED) {
                    ssl.setNeedClientAuth(true);
                } else {
                    ssl.setWantClientAuth(clientAuth == ClientAuth.WANT);
                }
                if (http2) {
                    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
                    alpn.setDefaultProtocol(http1.getProtocol());
                    connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn,
                            new HTTP2ServerConnectionFactory(http), http1);
                } else {
                    connector = new ServerConnector(server, 1, 1, new SslConnectionFactory(ssl, http1.getProtocol()), http1);
                }
                scheme = "https";
            }
            // A wildcard address binds every interface (IPv4 and IPv6), as Jetty does without a host.
            boolean wildcard = address.getAddress() != null && address.getAddress().isAnyLocalAddress();
            connector.setHost(wildcard ? null : address.getHostString());
            connector.setPort(address.getPort());
            connector.setIdleTimeout(idleTimeout.toMillis());
            connector.setAcceptQueueSize(128);
            server.addConnector(connector);
            server.addBean(new NetworkConnectionLimit(maxConnections, connector));
            // The graceful handler counts the exchanges in progress, so that a stop waits for them.
            server.setHandler(new GracefulHandler(new BiJettyHandler(biServer, bodyTimeout)));
            try {
                server.start();
            } catch (java.io.IOException e) {
                stopQuietly(server);
                throw new UncheckedIOException("cannot listen on " + address, e);
            } catch (Exception e) {
                stopQuietly(server);
                throw new IllegalStateException("Jetty did not start on " + address, e);
            }
            return new BiJettyServer(server, connector, scheme);
        }

        private static void stopQuietly(Server server) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // already failed to start; the start failure is the one reported
            }
        }
    }
}
