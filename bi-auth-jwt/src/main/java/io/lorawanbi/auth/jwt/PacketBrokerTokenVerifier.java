package io.lorawanbi.auth.jwt;

import io.lorawanbi.server.AuthenticationRefusedException;
import io.lorawanbi.server.auth.BearerTokenAuthenticator;
import io.lorawanbi.server.auth.TokenVerifier;
import io.lorawanbi.server.auth.VerifiedToken;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Verifies the tokens Packet Broker presents to a HomeNSReq endpoint, with the rules The Things
 * Stack's interop server applies ({@code pkg/interop} and {@code pkg/packetbroker}):
 *
 * <ul>
 *   <li>a compact JWS signed with the asymmetric algorithm of the key its {@code kid} selects from
 *       {@code <issuer>/.well-known/jwks.json} (EdDSA/Ed25519, ES256, ES384, RS256, PS256); {@code none}
 *       and every HMAC algorithm are refused;
 *   <li>{@code iss} equal to the issuer, {@code https://iam.packetbroker.net} by default;
 *   <li>{@code aud} containing the endpoint's public address as an exact string, scheme and port
 *       included ({@code https://hns.example.net:8886} does not match {@code https://hns.example.net:8886/});
 *   <li>{@code exp} required; {@code exp}, {@code nbf} and {@code iat} with 60 s leeway;
 *   <li>a cluster token: claim {@value #CLAIMS_NAMESPACE} holding {@code "c": true}. A network token
 *       (the namespace holds {@code "ns": [{"nid": …, "tid": …}]}) is refused on this endpoint.
 * </ul>
 *
 * <p>The verified token's subject is {@code sub}, the cluster's name. {@link #authenticator()}
 * authenticates every accepted token as NetID {@code 000000}, the roaming hub, so the request's
 * SenderID must be {@code 000000}; the cluster name becomes {@code AuthenticatedPeer.addresses()}.
 * Each refusal is an {@link AuthenticationRefusedException} whose reason reaches the
 * {@code UnknownSender} answer (see {@link JwtTokenVerifier}).
 *
 * <p>Thread-safe. {@link #close()} stops the background key refresh.
 */
public final class PacketBrokerTokenVerifier implements TokenVerifier, AutoCloseable {

    /** Packet Broker's issuer. */
    public static final String DEFAULT_ISSUER = "https://iam.packetbroker.net";

    /** The claim that holds Packet Broker's own claims. */
    public static final String CLAIMS_NAMESPACE = "https://iam.packetbroker.net/claims";

    private final JwtTokenVerifier jwt;

    private PacketBrokerTokenVerifier(JwtTokenVerifier jwt) {
        this.jwt = jwt;
    }

    /** A builder; the public address is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a token.
     *
     * @throws AuthenticationRefusedException with the reason, when the token is not an acceptable
     *     Packet Broker cluster token
     */
    @Override
    public Optional<VerifiedToken> verify(String token) {
        return jwt.verify(token);
    }

    /** The authenticator for Packet Broker: accepted tokens authenticate as NetID {@code 000000}. */
    public BearerTokenAuthenticator authenticator() {
        return BearerTokenAuthenticator.roamingHub(this);
    }

    /** The issuer accepted. */
    public String issuer() {
        return jwt.issuer();
    }

    /** The public address every token's audience must contain. */
    public String publicAddress() {
        return jwt.audience();
    }

    /** Where the keys come from. */
    public URI jwksUri() {
        return jwt.jwksUri();
    }

    /** Stops the background refresh of the keys. */
    @Override
    public void close() {
        jwt.close();
    }

    /** Issuer, public address and key URL; never a token or key. */
    @Override
    public String toString() {
        return "PacketBrokerTokenVerifier[issuer=" + jwt.issuer() + ", publicAddress=" + jwt.audience()
                + ", jwks=" + jwt.jwksUri() + "]";
    }

    private static @Nullable Map<?, ?> namespace(Map<String, Object> claims) {
        return claims.get(CLAIMS_NAMESPACE) instanceof Map<?, ?> ns ? ns : null;
    }

    private static boolean isCluster(Map<String, Object> claims) {
        Map<?, ?> ns = namespace(claims);
        return ns != null && Boolean.TRUE.equals(ns.get("c"));
    }

    private static boolean isNetworkToken(Map<String, Object> claims) {
        Map<?, ?> ns = namespace(claims);
        return ns != null && ns.get("ns") != null;
    }

    /** Builds a {@link PacketBrokerTokenVerifier}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private @Nullable String publicAddress;
        private String issuer = DEFAULT_ISSUER;
        private @Nullable URI jwksUri;
        private JwksPolicy policy = JwksPolicy.defaults();
        private @Nullable Clock clock;

        private Builder() {}

        /**
         * This endpoint's public address, as Packet Broker is configured to call it and requests its
         * tokens for: scheme, host and port (and path, if the target has one), such as
         * {@code https://hns.example.net:8886}. Compared with {@code aud} as an exact string. Required.
         */
        public Builder publicAddress(String value) {
            this.publicAddress = Objects.requireNonNull(value, "publicAddress");
            return this;
        }

        /** The issuer; {@code https://iam.packetbroker.net} by default (another one for a test issuer). */
        public Builder issuer(String value) {
            this.issuer = Objects.requireNonNull(value, "issuer");
            return this;
        }

        /** Where the keys are published; {@code <issuer>/.well-known/jwks.json} by default. */
        public Builder jwksUri(URI value) {
            this.jwksUri = Objects.requireNonNull(value, "jwksUri");
            return this;
        }

        /** How the keys are fetched and kept; {@link JwksPolicy#defaults()} by default. */
        public Builder keys(JwksPolicy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** The clock for {@code exp}, {@code nbf} and {@code iat}; the system clock by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The verifier: the start-up check of a Packet Broker configuration.
         *
         * @throws IllegalStateException without a public address, or with one that is not an absolute
         *     http(s) URL with a host
         */
        public PacketBrokerTokenVerifier build() {
            if (publicAddress == null || publicAddress.isBlank()) {
                throw new IllegalStateException("Packet Broker tokens need this endpoint's public address "
                        + "(such as https://hns.example.net:8886): it is the audience every token must contain");
            }
            checkAddress(publicAddress);
            JwtTokenVerifier.Builder b = JwtTokenVerifier.builder()
                    .issuer(issuer)
                    .audience(publicAddress)
                    .algorithms(JwtTokenVerifier.DEFAULT_ALGORITHMS.toArray(String[]::new))
                    .require("network token, not a cluster token", claims -> !(isNetworkToken(claims) && !isCluster(claims)))
                    .require("not a cluster token", PacketBrokerTokenVerifier::isCluster)
                    .keys(policy);
            if (jwksUri != null) {
                b.jwksUri(jwksUri);
            }
            if (clock != null) {
                b.clock(clock);
            }
            return new PacketBrokerTokenVerifier(b.build());
        }

        private static void checkAddress(String address) {
            URI uri;
            try {
                uri = new URI(address);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("the public address is not a URL: " + address);
            }
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new IllegalStateException("the public address must be an http(s) URL with a host, "
                        + "such as https://hns.example.net:8886: " + address);
            }
        }
    }
}
