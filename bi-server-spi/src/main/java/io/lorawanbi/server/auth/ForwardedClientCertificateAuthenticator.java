package io.lorawanbi.server.auth;

import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.InboundRequest;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates a sender by the client certificate that a TLS-terminating proxy (nginx, Envoy,
 * Traefik, HAProxy, an AWS load balancer) forwards in a request header.
 *
 * <p>The header is believed only when the request's immediate peer ({@link InboundRequest#remoteAddress()})
 * is one of the {@link TrustedProxies}; nothing is trusted unless configured. From any other peer the
 * header is ignored, as if absent, and logged at WARNING by name only: anyone can send a header. A
 * believed chain goes to the {@link ClientCertificateAuthenticator}, which validates it against the
 * CAs trusted for the request's SenderID exactly as a chain presented to the JVM's own TLS (the proxy
 * may not have verified it: AWS ALB in passthrough mode does not). A header that cannot be read is a
 * refused credential, answered {@code UnknownSender}, and logged by the problem, never by its value.
 *
 * <p>It {@linkplain #appliesTo applies} when a trusted proxy sent the header, so that in
 * {@link SenderAuthenticator#firstApplicable} a forwarded certificate that fails is not followed by a token.
 * Immutable and thread-safe.
 */
public final class ForwardedClientCertificateAuthenticator implements SenderAuthenticator.ApplicableAuthenticator {

    private static final System.Logger LOG = System.getLogger(ForwardedClientCertificateAuthenticator.class.getName());

    private final TrustedProxies proxies;
    private final ForwardedCertificateFormat format;
    private final ClientCertificateAuthenticator certificates;

    private ForwardedClientCertificateAuthenticator(TrustedProxies proxies, ForwardedCertificateFormat format,
            ClientCertificateAuthenticator certificates) {
        this.proxies = Objects.requireNonNull(proxies, "proxies");
        this.format = Objects.requireNonNull(format, "format");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * An authenticator that believes the format's headers from these proxies only.
     *
     * @param proxies the trusted proxies (an empty set believes nobody)
     * @param format how the proxy forwards the certificate
     * @param certificates validates the forwarded chain per SenderID
     */
    public static ForwardedClientCertificateAuthenticator of(TrustedProxies proxies, ForwardedCertificateFormat format,
            ClientCertificateAuthenticator certificates) {
        return new ForwardedClientCertificateAuthenticator(proxies, format, certificates);
    }

    @Override
    public boolean appliesTo(InboundRequest request) {
        return present(request) && fromTrustedProxy(request, true);
    }

    @Override
    public Optional<AuthenticatedPeer> authenticate(InboundRequest request, Header header) {
        if (!present(request) || !fromTrustedProxy(request, true)) {
            return Optional.empty();
        }
        List<X509Certificate> chain;
        try {
            chain = format.read(request.headers());
        } catch (RuntimeException e) {
            String problem = e instanceof IllegalArgumentException ? e.getMessage() : e.getClass().getName();
            LOG.log(System.Logger.Level.WARNING, () -> "forwarded client certificate (" + format
                    + ") refused: " + problem);
            return Optional.empty();
        }
        return chain.isEmpty() ? Optional.empty() : certificates.authenticate(chain, header);
    }

    /**
     * The chain a trusted proxy forwarded with this request, for a transport or handler that wants it
     * outside authentication.
     *
     * @return the chain, leaf first; empty when the peer is not a trusted proxy or sent none
     * @throws IllegalArgumentException when a trusted proxy's header is malformed
     */
    public List<X509Certificate> forwardedChain(InboundRequest request) {
        return present(request) && fromTrustedProxy(request, false) ? format.read(request.headers()) : List.of();
    }

    private boolean present(InboundRequest request) {
        for (String name : format.headerNames()) {
            if (request.headers().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private boolean fromTrustedProxy(InboundRequest request, boolean log) {
        Optional<InetSocketAddress> peer = request.remoteAddress();
        boolean trusted = peer.isPresent() && proxies.contains(peer.get());
        if (!trusted && log) {
            LOG.log(System.Logger.Level.WARNING, () -> "ignored " + format.headerNames() + " from "
                    + peer.map(p -> p.getAddress() == null ? p.getHostString() : p.getAddress().getHostAddress())
                            .orElse("an unknown peer")
                    + ", which is not a trusted proxy");
        }
        return trusted;
    }

    @Override
    public String toString() {
        return "ForwardedClientCertificateAuthenticator[" + format + " from " + proxies + "]";
    }
}
