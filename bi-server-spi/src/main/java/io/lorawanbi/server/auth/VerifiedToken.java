package io.lorawanbi.server.auth;

import java.util.Map;
import java.util.Objects;

/**
 * The claims of a bearer token that a {@link TokenVerifier} accepted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the token's subject ({@code sub}), for example a roaming hub's cluster ID
 * @param claims the other claims the verifier chose to pass on
 */
public record VerifiedToken(String subject, Map<String, Object> claims) {

    /** Copies the claims. */
    public VerifiedToken {
        Objects.requireNonNull(subject, "subject");
        claims = Map.copyOf(claims);
    }
}
