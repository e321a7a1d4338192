/**
 * JWT verifiers that plug into {@link io.lorawanbi.server.auth.BearerTokenAuthenticator}:
 * {@link io.lorawanbi.auth.jwt.PacketBrokerTokenVerifier} for the tokens Packet Broker presents to a
 * HomeNSReq endpoint, and {@link io.lorawanbi.auth.jwt.JwtTokenVerifier} for any other issuer that
 * publishes a JWKS.
 */
@NullMarked
package io.lorawanbi.auth.jwt;

import org.jspecify.annotations.NullMarked;
