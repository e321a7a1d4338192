package io.lorawanbi.server.auth;

import java.util.Optional;

/**
 * Verifies a bearer token: its signature, issuer, audience and validity period. This module ships no
 * token cryptography: the {@code bi-auth-jwt} module has JWT verifiers with keys from a JWKS endpoint,
 * among them one for Packet Broker cluster tokens; or plug in the JOSE/JWT library of the host.
 *
 * <p>Implementations must be thread-safe and must never log the token. To refuse with a reason the
 * caller sees in the {@code UnknownSender} answer, throw
 * {@link io.lorawanbi.server.AuthenticationRefusedException} instead of returning empty.
 */
@FunctionalInterface
public interface TokenVerifier {

    /**
     * Verifies a token.
     *
     * @param token the token text after {@code Bearer }
     * @return the verified token, or empty if it is not acceptable
     * @throws io.lorawanbi.server.AuthenticationRefusedException to refuse with a reason
     */
    Optional<VerifiedToken> verify(String token);
}
