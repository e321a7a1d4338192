package io.lorawanbi.cli;

import io.lorawanbi.auth.config.SenderClientCas;
import io.lorawanbi.auth.config.TrustConfigException;
import io.lorawanbi.auth.jwt.PacketBrokerTokenVerifier;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.SenderAuthenticator.ApplicableAuthenticator;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import io.lorawanbi.server.auth.ForwardedClientCertificateAuthenticator;
import io.lorawanbi.server.auth.StaticCredentialAuthenticator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sender authentication of {@code bi serve}, from the {@code trust} section: the first credential
 * a request carries decides (a forwarded certificate from a trusted proxy, a certificate presented to
 * the TLS listener, an Authorization header), as The Things Stack does; senders listed with
 * {@code --trust-sender} are believed without a credential, last.
 */
final class Authenticators implements AutoCloseable {

    private final SenderAuthenticator authenticator;
    private final Optional<SenderClientCas> clientCas;
    private final Optional<PacketBrokerTokenVerifier> packetBroker;
    private final List<String> kinds;

    private Authenticators(SenderAuthenticator authenticator, Optional<SenderClientCas> clientCas,
            Optional<PacketBrokerTokenVerifier> packetBroker, List<String> kinds) {
        this.authenticator = authenticator;
        this.clientCas = clientCas;
        this.packetBroker = packetBroker;
        this.kinds = kinds;
    }

    /**
     * Builds the authenticators.
     *
     * @param environment where {@code env:} secrets are read
     * @throws UsageException for a trust directory, secret or Packet Broker setting that cannot be used
     */
    static Authenticators from(TrustConfig trust, Set<NetID> insecureSenders, Map<String, String> environment) {
        Optional<SenderClientCas> cas = trust.configDirectory().map(dir -> {
            try {
                return SenderClientCas.load(dir);
            } catch (TrustConfigException e) {
                throw new UsageException("trust.configDirectory: " + e.getMessage());
            }
        });
        List<ApplicableAuthenticator> chain = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Optional<ClientCertificateAuthenticator> certificates = cas.map(SenderClientCas::authenticator);
        if (trust.forwardedCertificate().isPresent()) {
            chain.add(ForwardedClientCertificateAuthenticator.of(trust.trustedProxies(),
                    trust.forwardedCertificate().get().format(), certificates.orElseThrow()));
            kinds.add("forwarded certificates (" + trust.forwardedCertificate().get().name() + ") from " + trust.trustedProxies());
        }
        certificates.ifPresent(c -> {
            chain.add(c);
            kinds.add("client certificates of " + cas.get().cas().keySet());
        });
        Optional<StaticCredentialAuthenticator> statics = staticCredentials(trust.staticCredentials(), environment);
        Optional<PacketBrokerTokenVerifier> pb = trust.packetBroker().map(Authenticators::packetBroker);
        statics.ifPresent(s -> kinds.add("static credentials of " + trust.staticCredentials().stream()
                .map(StaticCredentialConfig::senderId).toList()));
        pb.ifPresent(v -> kinds.add("Packet Broker tokens for " + v.publicAddress()));
        // Both kinds read the Authorization header: a secret that is no static credential may be a token.
        if (statics.isPresent() && pb.isPresent()) {
            chain.add(eitherOf(statics.get(), pb.get().authenticator()));
        } else {
            statics.ifPresent(chain::add);
            pb.map(PacketBrokerTokenVerifier::authenticator).ifPresent(chain::add);
        }
        if (!insecureSenders.isEmpty()) {
            SenderAuthenticator allow = SenderAuthenticator.insecureSenderAllowList(insecureSenders);
            chain.add(always(allow));
            kinds.add("senders " + insecureSenders + " without a credential");
        }
        SenderAuthenticator authenticator = chain.isEmpty() ? SenderAuthenticator.denyAll()
                : SenderAuthenticator.firstApplicable(chain);
        return new Authenticators(authenticator, cas, pb, List.copyOf(kinds));
    }

    private static Optional<StaticCredentialAuthenticator> staticCredentials(List<StaticCredentialConfig> configs,
            Map<String, String> environment) {
        if (configs.isEmpty()) {
            return Optional.empty();
        }
        StaticCredentialAuthenticator.Builder b = StaticCredentialAuthenticator.builder();
        for (StaticCredentialConfig c : configs) {
            String secret = c.secret().read(environment);
            try {
                if (c.scheme() == StaticCredentialConfig.Scheme.BEARER) {
                    b.bearer(secret, c.senderId());
                } else {
                    b.authorization(secret, c.senderId());
                }
            } catch (IllegalArgumentException e) { // names the SenderID, never the secret
                throw new UsageException("trust.staticCredentials: " + Errors.plain(e));
            }
        }
        return Optional.of(b.build());
    }

    private static PacketBrokerTokenVerifier packetBroker(PacketBrokerConfig config) {
        PacketBrokerTokenVerifier.Builder b = PacketBrokerTokenVerifier.builder().publicAddress(config.publicAddress());
        config.issuer().ifPresent(b::issuer);
        config.jwks().ifPresent(b::jwksUri);
        try {
            return b.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UsageException("trust.packetBroker: " + Errors.plain(e));
        }
    }

    private static ApplicableAuthenticator eitherOf(ApplicableAuthenticator first, ApplicableAuthenticator second) {
        return new ApplicableAuthenticator() {
            @Override
            public boolean appliesTo(io.lorawanbi.server.InboundRequest request) {
                return first.appliesTo(request) || second.appliesTo(request);
            }

            @Override
            public Optional<io.lorawanbi.server.AuthenticatedPeer> authenticate(io.lorawanbi.server.InboundRequest request,
                    io.lorawanbi.model.message.Header header) {
                Optional<io.lorawanbi.server.AuthenticatedPeer> peer = first.appliesTo(request)
                        ? first.authenticate(request, header) : Optional.empty();
                return peer.isPresent() || !second.appliesTo(request) ? peer : second.authenticate(request, header);
            }
        };
    }

    private static ApplicableAuthenticator always(SenderAuthenticator a) {
        return new ApplicableAuthenticator() {
            @Override
            public boolean appliesTo(io.lorawanbi.server.InboundRequest request) {
                return true;
            }

            @Override
            public Optional<io.lorawanbi.server.AuthenticatedPeer> authenticate(io.lorawanbi.server.InboundRequest request,
                    io.lorawanbi.model.message.Header header) {
                return a.authenticate(request, header);
            }
        };
    }

    SenderAuthenticator authenticator() {
        return authenticator;
    }

    /** The client CAs of the trust directory, if configured. */
    Optional<SenderClientCas> clientCas() {
        return clientCas;
    }

    /** What is accepted, for the start-up line; never a secret. */
    List<String> kinds() {
        return kinds;
    }

    /** Stops the background key refresh of Packet Broker tokens. */
    @Override
    public void close() {
        packetBroker.ifPresent(PacketBrokerTokenVerifier::close);
    }
}
