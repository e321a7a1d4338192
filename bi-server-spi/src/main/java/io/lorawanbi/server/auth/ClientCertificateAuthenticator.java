package io.lorawanbi.server.auth;

import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.InboundRequest;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * Authenticates a sender by its TLS client certificate, with CAs trusted per SenderID (see
 * docs/reference.md §5.5, as The Things Stack does): the presented chain must validate (PKIX, without
 * revocation checks) up to one of the CAs configured for the request's SenderID. A partner whose
 * certificate chains to the CA of another SenderID is refused, so no partner can claim another's
 * NetID. The leaf's extended key usage must allow {@code clientAuth} as {@link ClientAuthUsage}
 * configures (by default, when the extension is present). The authorised addresses are the leaf's DNS
 * names, or its Common Name when it has none.
 *
 * <p>It {@linkplain #appliesTo applies} whenever a certificate was presented. A chain forwarded by a
 * proxy is validated the same way, through {@link #authenticate(List, Header)}. Immutable and
 * thread-safe.
 */
public final class ClientCertificateAuthenticator implements SenderAuthenticator.ApplicableAuthenticator {

    private static final System.Logger LOG = System.getLogger(ClientCertificateAuthenticator.class.getName());

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String ANY_USAGE = "2.5.29.37.0";

    private final Map<PartyID, Set<TrustAnchor>> anchors;
    private final ClientAuthUsage usage;

    private ClientCertificateAuthenticator(Map<PartyID, Set<TrustAnchor>> anchors, ClientAuthUsage usage) {
        this.anchors = Map.copyOf(anchors);
        this.usage = usage;
    }

    /** Every CA trusted for any SenderID: what a TLS listener should accept client certificates from. */
    public Set<X509Certificate> trustedCas() {
        Set<X509Certificate> out = new HashSet<>();
        anchors.values().forEach(set -> set.forEach(a -> out.add(a.getTrustedCert())));
        return Set.copyOf(out);
    }

    /** A builder with no trusted CA. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean appliesTo(InboundRequest request) {
        return !request.peerCertificates().isEmpty();
    }

    @Override
    public Optional<AuthenticatedPeer> authenticate(InboundRequest request, Header header) {
        return authenticate(request.peerCertificates(), header);
    }

    /**
     * Authenticates a chain that reached the server by other means than the request's own TLS
     * session, such as a certificate forwarded by a trusted proxy, exactly as a presented one.
     *
     * @param chain the chain, leaf first; it may end with the CA itself
     * @param header the request header naming the claimed SenderID
     * @return the peer, or empty to refuse
     */
    public Optional<AuthenticatedPeer> authenticate(List<X509Certificate> chain, Header header) {
        Set<TrustAnchor> trusted = header.senderId() == null ? null : anchors.get(header.senderId());
        if (chain.isEmpty() || trusted == null) {
            return Optional.empty();
        }
        try {
            List<X509Certificate> path = new ArrayList<>(chain);
            // A chain may end with the root itself; PKIX wants the path without its anchor.
            while (!path.isEmpty() && isAnchor(path.get(path.size() - 1), trusted)) {
                path.remove(path.size() - 1);
            }
            if (path.isEmpty()) {
                return Optional.empty(); // the CA itself is not a client
            }
            if (!usageAllowed(path.get(0))) {
                LOG.log(System.Logger.Level.DEBUG, () -> "client certificate for " + header.senderId()
                        + " is not for client authentication (extended key usage)");
                return Optional.empty();
            }
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters params = new PKIXParameters(trusted);
            params.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
            return Optional.of(new AuthenticatedPeer(header.senderId(), AuthenticatedPeer.Mechanism.TLS_CLIENT_CERTIFICATE,
                    addresses(path.get(0))));
        } catch (GeneralSecurityException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "client certificate not trusted for " + header.senderId()
                    + ": " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private boolean usageAllowed(X509Certificate leaf) throws CertificateParsingException {
        if (usage == ClientAuthUsage.IGNORED) {
            return true;
        }
        List<String> ekus = leaf.getExtendedKeyUsage();
        if (ekus == null) {
            return usage == ClientAuthUsage.IF_PRESENT;
        }
        return ekus.contains(CLIENT_AUTH) || ekus.contains(ANY_USAGE);
    }

    private static boolean isAnchor(X509Certificate cert, Set<TrustAnchor> trusted) {
        for (TrustAnchor a : trusted) {
            if (cert.equals(a.getTrustedCert())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> addresses(X509Certificate leaf) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> sans = leaf.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    if (Integer.valueOf(2).equals(san.get(0))) { // dNSName
                        out.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // no usable SANs: fall back to the CN
        }
        if (out.isEmpty()) {
            String dn = leaf.getSubjectX500Principal().getName(X500Principal.RFC2253);
            for (String part : dn.split(",")) {
                if (part.startsWith("CN=")) {
                    out.add(part.substring(3));
                }
            }
        }
        return out;
    }

    /** Builds a {@link ClientCertificateAuthenticator}. Not thread-safe. */
    public static final class Builder {
        private final Map<PartyID, Set<TrustAnchor>> anchors = new HashMap<>();
        private ClientAuthUsage usage = ClientAuthUsage.IF_PRESENT;

        private Builder() {}

        /** What the leaf's extended key usage must say (default {@link ClientAuthUsage#IF_PRESENT}). */
        public Builder clientAuthUsage(ClientAuthUsage value) {
            this.usage = Objects.requireNonNull(value, "usage");
            return this;
        }

        /**
         * Trusts CAs for one SenderID: a client certificate chaining to one of them authenticates as
         * that SenderID only.
         */
        public Builder trust(PartyID senderId, Collection<X509Certificate> cas) {
            Objects.requireNonNull(senderId, "senderId");
            Set<TrustAnchor> set = anchors.computeIfAbsent(senderId, k -> new HashSet<>());
            for (X509Certificate ca : cas) {
                set.add(new TrustAnchor(Objects.requireNonNull(ca, "ca"), null));
            }
            return this;
        }

        /** As {@link #trust(PartyID, Collection)}. */
        public Builder trust(PartyID senderId, X509Certificate... cas) {
            return trust(senderId, List.of(cas));
        }

        /** The authenticator. */
        public ClientCertificateAuthenticator build() {
            Map<PartyID, Set<TrustAnchor>> copy = new HashMap<>();
            anchors.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
            return new ClientCertificateAuthenticator(copy, usage);
        }
    }
}
