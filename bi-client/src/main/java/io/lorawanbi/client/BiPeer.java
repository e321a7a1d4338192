package io.lorawanbi.client;

import io.lorawanbi.model.ProtocolVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * How to reach one peer: its Backend Interfaces URL, the protocol version it speaks, whether it answers
 * synchronously or asynchronously (ChirpStack's {@code async_timeout}, The Things Stack's per-Join-Server
 * {@code protocol}), the TLS client certificate (through an {@link SSLContext}), the Authorization header
 * value (a bearer token or a static credential), the timeouts, and how answer headers are judged.
 *
 * <p>On {@code http://} the client speaks HTTP/1.1 (no {@code Upgrade: h2c}); on {@code https://} it
 * offers HTTP/2 through ALPN and falls back to HTTP/1.1.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the Authorization value.
 */
public final class BiPeer {

    private final URI endpoint;
    private final String display;
    private final @Nullable ProtocolVersion protocolVersion;
    private final @Nullable Duration asyncTimeout;
    private final @Nullable SSLContext sslContext;
    private final @Nullable Supplier<String> authorization;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final HeaderCheck headerCheck;
    private final @Nullable HttpClient httpClient;

    private BiPeer(Builder b) {
        this.httpClient = b.httpClient;
        this.endpoint = b.endpoint;
        this.display = display(b.endpoint);
        this.protocolVersion = b.protocolVersion;
        this.asyncTimeout = b.asyncTimeout;
        this.sslContext = b.sslContext;
        this.authorization = b.authorization;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.headerCheck = b.headerCheck;
    }

    /**
     * A builder for a peer at an endpoint.
     *
     * @param endpoint the peer's Backend Interfaces URL, {@code http} or {@code https}
     * @throws IllegalArgumentException if the URL is not absolute http or https with a host
     */
    public static Builder builder(URI endpoint) {
        return new Builder(endpoint);
    }

    /** The peer's Backend Interfaces URL. */
    public URI endpoint() {
        return endpoint;
    }

    /** The endpoint without user information or query, as messages name it. */
    public String displayEndpoint() {
        return display;
    }

    /** The version given to requests sent without a ProtocolVersion; empty if requests must carry one. */
    public Optional<ProtocolVersion> protocolVersion() {
        return Optional.ofNullable(protocolVersion);
    }

    /** Whether the peer posts its answers to the requester's endpoint instead of returning them. */
    public boolean isAsync() {
        return asyncTimeout != null;
    }

    /** How long an asynchronous request waits for its posted answer; empty in synchronous mode. */
    public Optional<Duration> asyncTimeout() {
        return Optional.ofNullable(asyncTimeout);
    }

    /** The TLS context (client certificate and trusted CAs), if not the JDK's default. */
    public Optional<SSLContext> sslContext() {
        return Optional.ofNullable(sslContext);
    }

    /** Whether an Authorization header is sent (its value is never shown). */
    public boolean hasAuthorization() {
        return authorization != null;
    }

    /** The connect timeout. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long the HTTP response may take, from sending the request. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How answer headers are judged. */
    public HeaderCheck headerCheck() {
        return headerCheck;
    }

    /** The HTTP client given to {@link Builder#httpClient}, if any. */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /** The Authorization header value now, or {@code null}; for the client's internals. */
    @Nullable String authorizationValue() {
        if (authorization == null) {
            return null;
        }
        String value = authorization.get();
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("the Authorization supplier for " + display + " gave no value");
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
            throw new IllegalStateException("the Authorization value for " + display + " holds control characters");
        }
        return value;
    }

    /** The endpoint, the mode, the timeouts and whether an Authorization header is set (never its value). */
    @Override
    public String toString() {
        return "BiPeer[" + display + (protocolVersion == null ? "" : ", " + protocolVersion)
                + (asyncTimeout == null ? ", sync" : ", async " + asyncTimeout.toMillis() + " ms")
                + ", request timeout " + requestTimeout.toMillis() + " ms"
                + (sslContext == null ? "" : ", own TLS context")
                + (authorization == null ? "" : ", Authorization set")
                + (headerCheck == HeaderCheck.TOLERANT ? "" : ", " + headerCheck) + "]";
    }

    static String display(URI uri) {
        String host = uri.getHost();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + (host == null ? "?" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** Builds a {@link BiPeer}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private final URI endpoint;
        private @Nullable ProtocolVersion protocolVersion;
        private @Nullable Duration asyncTimeout;
        private @Nullable SSLContext sslContext;
        private @Nullable Supplier<String> authorization;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private HeaderCheck headerCheck = HeaderCheck.TOLERANT;
        private @Nullable HttpClient httpClient;

        private Builder(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            String scheme = endpoint.getScheme();
            if (!endpoint.isAbsolute() || endpoint.getHost() == null
                    || !"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("the endpoint must be an absolute http or https URL with a host");
            }
            this.endpoint = endpoint;
        }

        /**
         * The version given to requests built without a ProtocolVersion (default: none; such a request
         * is refused). A request that carries its own version is sent in that version.
         */
        public Builder protocolVersion(@Nullable ProtocolVersion value) {
            if (value != null && !value.isSupported()) {
                throw new IllegalArgumentException("unsupported ProtocolVersion " + value);
            }
            this.protocolVersion = value;
            return this;
        }

        /** The peer answers in the HTTP response (the default). */
        public Builder sync() {
            this.asyncTimeout = null;
            return this;
        }

        /**
         * The peer acknowledges requests with any 2xx and posts its answers to the requester's
         * endpoint, which hands them to {@link BiClient#acceptAnswer(byte[])}.
         *
         * @param timeout how long a request waits for its answer, from registration (ChirpStack's
         *     {@code async_timeout}, 1 s by default there)
         */
        public Builder async(Duration timeout) {
            this.asyncTimeout = positive(timeout, "async timeout");
            return this;
        }

        /** The TLS context: its key manager presents the client certificate, its trust manager judges the peer's. */
        public Builder sslContext(@Nullable SSLContext value) {
            this.sslContext = value;
            return this;
        }

        /**
         * The Authorization header value, asked for each request (so a token can be renewed), for
         * example a static credential. Never shown in a message or {@code toString()}.
         */
        public Builder authorization(@Nullable Supplier<String> value) {
            this.authorization = value;
            return this;
        }

        /** {@code Authorization: Bearer <token>}, the token asked for each request. */
        public Builder bearerToken(Supplier<String> token) {
            Objects.requireNonNull(token, "token");
            this.authorization = () -> {
                String t = token.get();
                return t == null || t.isEmpty() ? "" : "Bearer " + t;
            };
            return this;
        }

        /** The connect timeout (default 5 s). */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connect timeout");
            return this;
        }

        /** How long the HTTP response may take (default 10 s). */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = positive(value, "request timeout");
            return this;
        }

        /** How answer headers are judged (default {@link HeaderCheck#TOLERANT}). */
        public Builder headerCheck(HeaderCheck value) {
            this.headerCheck = Objects.requireNonNull(value, "headerCheck");
            return this;
        }

        /**
         * An HTTP client to use as it is, instead of the one the client builds from the TLS context and the
         * connect timeout (default: none). Its version, TLS context, proxy and redirect policy then apply.
         */
        public Builder httpClient(@Nullable HttpClient value) {
            this.httpClient = value;
            return this;
        }

        /** The peer. */
        public BiPeer build() {
            return new BiPeer(this);
        }

        private static Duration positive(Duration value, String what) {
            if (Objects.requireNonNull(value, what).isNegative() || value.isZero()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return value;
        }
    }
}
