package io.lorawanbi.server;

import io.lorawanbi.model.PartyID;
import java.util.List;
import java.util.Objects;

/**
 * A sender whose identity an {@link SenderAuthenticator} has established (docs/reference.md §5.5). The
 * request's SenderID must equal {@link #id()} before any handler runs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identity: a NetID for a Network Server (a roaming hub authenticates as {@code 000000}),
 *     a JoinEUI, or an AS-ID
 * @param mechanism how the identity was established
 * @param addresses the host names this peer is authorised to act for (a certificate's DNS names, a
 *     token's subject); may be empty
 */
public record AuthenticatedPeer(PartyID id, Mechanism mechanism, List<String> addresses) {

    /** How a peer was authenticated. */
    public enum Mechanism {
        /** A TLS client certificate chaining to a CA trusted for the SenderID. */
        TLS_CLIENT_CERTIFICATE,
        /** A bearer token accepted by a token verifier. */
        BEARER_TOKEN,
        /** Any other means an integrator's own authenticator uses (for example a trusted proxy). */
        OTHER
    }

    /** Copies the addresses; rejects nulls. */
    public AuthenticatedPeer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mechanism, "mechanism");
        addresses = List.copyOf(addresses);
    }
}
