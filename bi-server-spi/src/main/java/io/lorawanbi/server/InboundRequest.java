package io.lorawanbi.server;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP POST as a transport saw it: the body and the facts a server needs to authenticate the
 * sender (TLS peer certificate chain, request headers such as {@code Authorization} or a proxy's
 * forwarded client certificate), plus the immediate peer's address, the Content-Type and any
 * attributes the transport wants handlers to see. No HTTP library type appears here, so any server
 * (the JDK's, a Servlet container, Netty, Vert.x) can build one.
 *
 * <p>{@link #authorization()} and {@link #contentType()} are the values set on the builder, or else
 * the first value of that header in {@link #headers()}.
 *
 * <p>Immutable and thread-safe: the body is copied in and out. {@link #toString()} never shows a
 * header value.
 */
public final class InboundRequest {

    private final byte[] body;
    private final List<X509Certificate> peerCertificates;
    private final @Nullable String authorization;
    private final @Nullable InetSocketAddress remoteAddress;
    private final @Nullable String contentType;
    private final RequestHeaders headers;
    private final Map<String, Object> attributes;

    private InboundRequest(Builder b) {
        this.body = b.body.clone();
        this.peerCertificates = List.copyOf(b.peerCertificates);
        this.headers = b.headers;
        this.authorization = b.authorization != null ? b.authorization : b.headers.first("Authorization").orElse(null);
        this.remoteAddress = b.remoteAddress;
        this.contentType = b.contentType != null ? b.contentType : b.headers.first("Content-Type").orElse(null);
        this.attributes = Map.copyOf(b.attributes);
    }

    /** A request with this body and no transport facts. */
    public static InboundRequest of(byte[] body) {
        return builder(body).build();
    }

    /** A builder for a request with this body (copied). */
    public static Builder builder(byte[] body) {
        return new Builder(body);
    }

    /** The body: a fresh copy. */
    public byte[] body() {
        return body.clone();
    }

    /** The body's length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** Package-internal access to the body without a copy, for the pipeline only. */
    byte[] bodyUnsafe() {
        return body;
    }

    /** The verified TLS client certificate chain, leaf first; empty without mutual TLS. */
    public List<X509Certificate> peerCertificates() {
        return peerCertificates;
    }

    /** The {@code Authorization} header value, if any. A secret: never log it. */
    public Optional<String> authorization() {
        return Optional.ofNullable(authorization);
    }

    /**
     * The immediate peer's address, if the transport knows it: the TCP peer, which is the proxy when
     * a proxy forwards the request. Never read from a header such as {@code X-Forwarded-For}.
     */
    public Optional<InetSocketAddress> remoteAddress() {
        return Optional.ofNullable(remoteAddress);
    }

    /** The request's Content-Type, if sent (parameters such as {@code charset} included). */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The request headers (case-insensitive names); empty when the transport passed none. */
    public RequestHeaders headers() {
        return headers;
    }

    /** Transport attributes handed on to handlers unchanged. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /** Body length, header names and which transport facts are present; never a header value. */
    @Override
    public String toString() {
        return "InboundRequest[" + body.length + " bytes, " + peerCertificates.size() + " certificates, authorization="
                + (authorization == null ? "none" : "(hidden)") + ", headers=" + headers.names()
                + ", remote=" + remoteAddress + "]";
    }

    /** Builds an {@link InboundRequest}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private final byte[] body;
        private List<X509Certificate> peerCertificates = List.of();
        private @Nullable String authorization;
        private @Nullable InetSocketAddress remoteAddress;
        private @Nullable String contentType;
        private RequestHeaders headers = RequestHeaders.empty();
        private Map<String, Object> attributes = Map.of();

        private Builder(byte[] body) {
            this.body = Objects.requireNonNull(body, "body");
        }

        /** The verified client certificate chain, leaf first. */
        public Builder peerCertificates(List<X509Certificate> chain) {
            this.peerCertificates = Objects.requireNonNull(chain, "chain");
            return this;
        }

        /** The Authorization header value; when not set, the first {@code Authorization} of {@link #headers}. */
        public Builder authorization(@Nullable String value) {
            this.authorization = value;
            return this;
        }

        /** The immediate peer's address (the TCP peer, a proxy if there is one). */
        public Builder remoteAddress(@Nullable InetSocketAddress value) {
            this.remoteAddress = value;
            return this;
        }

        /** The Content-Type header value; when not set, the first {@code Content-Type} of {@link #headers}. */
        public Builder contentType(@Nullable String value) {
            this.contentType = value;
            return this;
        }

        /** Every request header as received. */
        public Builder headers(RequestHeaders value) {
            this.headers = Objects.requireNonNull(value, "headers");
            return this;
        }

        /** Transport attributes for handlers. */
        public Builder attributes(Map<String, Object> value) {
            this.attributes = Objects.requireNonNull(value, "attributes");
            return this;
        }

        /** The request. */
        public InboundRequest build() {
            return new InboundRequest(this);
        }
    }
}
