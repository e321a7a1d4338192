package io.lorawanbi.auth.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.lorawanbi.auth.jwt.internal.KeySource;
import io.lorawanbi.auth.jwt.internal.Reasons;
import io.lorawanbi.auth.jwt.internal.SignatureCheck;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.Role;
import io.lorawanbi.server.AuthenticationRefusedException;
import io.lorawanbi.server.auth.BearerTokenAuthenticator;
import io.lorawanbi.server.auth.TokenVerifier;
import io.lorawanbi.server.auth.VerifiedToken;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Verifies signed JWTs (RFC 7519, compact JWS) from one issuer, with keys from the issuer's JWKS
 * endpoint: the signature with an allowed asymmetric algorithm that fits the key selected by
 * {@code kid}, {@code iss} equal to the issuer, {@code aud} containing the configured audience (exact
 * string), {@code exp} required, {@code exp}/{@code nbf}/{@code iat} with a leeway (60 s by default),
 * a {@code sub}, and any further claim rules. The verified token's subject is {@code sub}; its claims
 * are the token's claims (dates as {@link Instant}).
 *
 * <p>Each refusal throws {@link AuthenticationRefusedException} with a short reason ("token expired",
 * "wrong audience", "unknown key", "bad signature", "algorithm not allowed: HS256", …) that
 * {@code BiServer} puts in the {@code UnknownSender} answer; the token never appears in a reason, a
 * log line or {@link #toString()}. Keys are fetched and kept as {@link JwksPolicy} says.
 *
 * <p>Thread-safe. {@link #close()} stops the background key refresh.
 */
public final class JwtTokenVerifier implements TokenVerifier, AutoCloseable {

    /** The longest token accepted, in characters: far above any real JWT, far below abuse. */
    private static final int MAX_TOKEN_CHARS = 16 * 1024;

    /** The algorithms allowed unless configured: those of Ed25519, P-256/P-384 and RSA keys. */
    static final List<String> DEFAULT_ALGORITHMS = List.of("EdDSA", "Ed25519", "ES256", "ES384", "RS256", "PS256");

    private final String issuer;
    private final String audience;
    private final URI jwksUri;
    private final Set<JWSAlgorithm> algorithms;
    private final Duration leeway;
    private final List<Rule> rules;
    private final Clock clock;
    private final KeySource keys;

    private record Rule(String reason, Predicate<Map<String, Object>> test) {}

    private JwtTokenVerifier(Builder b, String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
        this.jwksUri = b.jwksUri != null ? b.jwksUri : wellKnownJwks(issuer);
        this.algorithms = Set.copyOf(b.algorithms);
        this.leeway = b.leeway;
        this.rules = List.copyOf(b.rules);
        this.clock = b.clock;
        this.keys = new KeySource(jwksUri, b.policy);
    }

    /** A builder; issuer and audience are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code <issuer>/.well-known/jwks.json}, where Packet Broker and most OAuth issuers publish keys. */
    static URI wellKnownJwks(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return URI.create(base + "/.well-known/jwks.json");
    }

    /**
     * Verifies a token.
     *
     * @param token the compact JWS after {@code Bearer }
     * @return the verified token: {@code sub} as subject, the claims
     * @throws AuthenticationRefusedException with the reason, when the token is not acceptable
     */
    @Override
    public Optional<VerifiedToken> verify(String token) {
        Objects.requireNonNull(token, "token");
        SignedJWT jwt = parse(token);
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw refuse(Reasons.MALFORMED);
        }
        // The issuer first: a token of another issuer costs no key lookup.
        if (!issuer.equals(claims.getIssuer())) {
            throw refuse(Reasons.WRONG_ISSUER);
        }
        SignatureCheck.verify(jwt, algorithms, keys);
        checkClaims(claims);
        Map<String, Object> map = toMap(claims);
        for (Rule rule : rules) {
            if (!rule.test().test(map)) {
                throw refuse(rule.reason());
            }
        }
        return Optional.of(new VerifiedToken(claims.getSubject(), map));
    }

    private static SignedJWT parse(String token) {
        if (token.length() > MAX_TOKEN_CHARS) {
            throw refuse(Reasons.MALFORMED);
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw refuse(Reasons.MALFORMED);
        }
        if (jwt instanceof PlainJWT) {
            throw refuse(Reasons.ALGORITHM_NOT_ALLOWED + ": none");
        }
        if (jwt instanceof EncryptedJWT) {
            throw refuse(Reasons.ENCRYPTED);
        }
        if (jwt instanceof SignedJWT signed) {
            return signed;
        }
        throw refuse(Reasons.MALFORMED);
    }

    private void checkClaims(JWTClaimsSet claims) {
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(audience)) {
            throw refuse(Reasons.WRONG_AUDIENCE);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw refuse(Reasons.NO_EXPIRY);
        }
        if (now.minus(leeway).isAfter(exp.toInstant())) {
            throw refuse(Reasons.EXPIRED);
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.plus(leeway).isBefore(nbf.toInstant())) {
            throw refuse(Reasons.NOT_YET_VALID);
        }
        Date iat = claims.getIssueTime();
        if (iat != null && now.plus(leeway).isBefore(iat.toInstant())) {
            throw refuse(Reasons.ISSUED_IN_FUTURE);
        }
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank()) {
            throw refuse(Reasons.NO_SUBJECT);
        }
    }

    /** The claims as unmodifiable maps and lists all the way down; dates as instants; null members dropped. */
    private static Map<String, Object> toMap(JWTClaimsSet claims) {
        Map<String, Object> out = new HashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value != null) {
                out.put(name, immutable(value));
            }
        });
        return out;
    }

    private static Object immutable(Object value) {
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new HashMap<>();
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k.toString(), immutable(v));
                }
            });
            return Map.copyOf(copy);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(JwtTokenVerifier::immutable).toList();
        }
        return value;
    }

    private static AuthenticationRefusedException refuse(String reason) {
        return new AuthenticationRefusedException(reason);
    }

    /** The issuer ({@code iss}) this verifier accepts. */
    public String issuer() {
        return issuer;
    }

    /** The audience ({@code aud}) a token must contain. */
    public String audience() {
        return audience;
    }

    /** Where the keys come from. */
    public URI jwksUri() {
        return jwksUri;
    }

    /**
     * A {@link BearerTokenAuthenticator} over this verifier, with a mapping from the verified token to
     * the identity the request's SenderID must equal.
     */
    public BearerTokenAuthenticator authenticator(Function<VerifiedToken, Optional<PartyID>> senderId) {
        return BearerTokenAuthenticator.of(this, senderId);
    }

    /**
     * A mapping that reads the SenderID from a string claim, in the form of a role (a NetID such as
     * {@code "000013"} for {@link Role#NETWORK_SERVER}).
     *
     * @param claim the claim's name
     * @param role the form of the identifier
     * @return the mapping; it refuses ({@link AuthenticationRefusedException}) a token without the
     *     claim or with a value that is not an identifier of that form
     */
    public static Function<VerifiedToken, Optional<PartyID>> senderIdClaim(String claim, Role role) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(role, "role");
        return token -> {
            if (!(token.claims().get(claim) instanceof String value)) {
                throw new AuthenticationRefusedException("token has no " + claim + " claim");
            }
            try {
                return Optional.of(PartyID.parse(role, value));
            } catch (IllegalArgumentException e) {
                throw new AuthenticationRefusedException("token's " + claim + " claim is not a SenderID");
            }
        };
    }

    /** Stops the background refresh of the keys. */
    @Override
    public void close() {
        keys.close();
    }

    /** Issuer, audience and key URL; never a token or key. */
    @Override
    public String toString() {
        return "JwtTokenVerifier[issuer=" + issuer + ", audience=" + audience + ", jwks=" + jwksUri + "]";
    }

    /** Builds a {@link JwtTokenVerifier}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private @Nullable String issuer;
        private @Nullable String audience;
        private @Nullable URI jwksUri;
        private Set<JWSAlgorithm> algorithms = parseAll(DEFAULT_ALGORITHMS);
        private Duration leeway = Duration.ofSeconds(60);
        private final List<Rule> rules = new ArrayList<>();
        private JwksPolicy policy = JwksPolicy.defaults();
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The issuer: {@code iss} must equal it exactly. Required. */
        public Builder issuer(String value) {
            this.issuer = Objects.requireNonNull(value, "issuer");
            return this;
        }

        /**
         * The audience: {@code aud} must contain it as an exact string (for an endpoint, its public
         * address with scheme and port, such as {@code https://hns.example.net:8886}). Required.
         */
        public Builder audience(String value) {
            this.audience = Objects.requireNonNull(value, "audience");
            return this;
        }

        /** Where the keys are published; {@code <issuer>/.well-known/jwks.json} by default. */
        public Builder jwksUri(URI value) {
            this.jwksUri = Objects.requireNonNull(value, "jwksUri");
            return this;
        }

        /**
         * The allowed JWS algorithms (RFC 7518 names); by default EdDSA, Ed25519, ES256, ES384, RS256
         * and PS256. A token's algorithm must be one of them and fit the type of the key its
         * {@code kid} selects.
         *
         * @throws IllegalArgumentException for {@code none}, any HMAC algorithm ({@code HS256} …) or
         *     an unknown name
         */
        public Builder algorithms(String... names) {
            if (names.length == 0) {
                throw new IllegalArgumentException("at least one algorithm must be allowed");
            }
            this.algorithms = parseAll(List.of(names));
            return this;
        }

        /** The clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}; 60 s by default. */
        public Builder leeway(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("leeway must not be negative");
            }
            this.leeway = value;
            return this;
        }

        /**
         * A further rule on the verified claims, checked after signature, issuer, audience and times,
         * in the order added.
         *
         * @param reason what the caller is told when the rule fails (no secret)
         * @param rule true to accept
         */
        public Builder require(String reason, Predicate<Map<String, Object>> rule) {
            rules.add(new Rule(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(rule, "rule")));
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
         * The verifier. Keys are fetched on first use and then refreshed in the background.
         *
         * @throws IllegalStateException if the issuer or audience is missing
         */
        public JwtTokenVerifier build() {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalStateException("a JWT verifier needs the issuer (iss) it accepts");
            }
            if (audience == null || audience.isBlank()) {
                throw new IllegalStateException("a JWT verifier needs the audience (aud) a token must contain");
            }
            return new JwtTokenVerifier(this, issuer, audience);
        }

        private static Set<JWSAlgorithm> parseAll(List<String> names) {
            Set<JWSAlgorithm> out = new LinkedHashSet<>();
            for (String name : names) {
                out.add(SignatureCheck.allowable(Objects.requireNonNull(name, "algorithm")));
            }
            return out;
        }
    }
}
