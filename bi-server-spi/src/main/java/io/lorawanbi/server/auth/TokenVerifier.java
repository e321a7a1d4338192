package io.lorawanbi.server.auth;

import java.util.Optional;

/**
 * Verifies a bearer token: its signature, issuer, audience and validity period. The library ships no
 * token cryptography; plug in the JOSE/JWT library of the host (for a Packet Broker token: issuer
 * {@code https://iam.packetbroker.net}, keys from its JWKS, audience = this server's public address,
 * and the cluster claim {@code "c": true}).
 *
 * <p>Implementations must be thread-safe and must never log the token.
 */
@FunctionalInterface
public interface TokenVerifier {

    /**
     * Verifies a token.
     *
     * @param token the token text after {@code Bearer }
     * @return the verified token, or empty if it is not acceptable
     */
    Optional<VerifiedToken> verify(String token);
}
