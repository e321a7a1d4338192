package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;

/**
 * One entry of {@code trust.staticCredentials}: the secret a peer sends in its {@code Authorization}
 * header, and the SenderID it authenticates as.
 *
 * @param senderId the NetID (6 hex digits) or JoinEUI (16 hex digits) the secret authenticates
 * @param scheme {@code bearer}: the header is {@code Bearer SECRET}; {@code authorization}: the header
 *     is exactly the secret, scheme included (a Helium route's value, {@code Basic ...})
 * @param secret where the secret is kept
 */
record StaticCredentialConfig(PartyID senderId, Scheme scheme, SecretSource secret) {

    /** How the secret appears in the Authorization header. */
    enum Scheme {
        /** {@code Authorization: Bearer SECRET}. */
        BEARER,
        /** {@code Authorization: SECRET}, the whole value. */
        AUTHORIZATION
    }

    static StaticCredentialConfig read(String key, ConfigNode n) {
        PartyID id = senderId(key).orElseThrow(() -> n.error("'" + key
                + "' is not a SenderID: a NetID of 6 or a JoinEUI of 16 hex digits"));
        n.only("file", "env", "scheme");
        Scheme scheme = n.choice("scheme", "bearer", "authorization")
                .map(s -> Scheme.valueOf(s.toUpperCase(java.util.Locale.ROOT))).orElse(Scheme.BEARER);
        return new StaticCredentialConfig(id, scheme, SecretSource.read(n));
    }

    static java.util.Optional<PartyID> senderId(String key) {
        try {
            return java.util.Optional.of(key.length() == 6 ? NetID.parse(key) : EUI64.parse(key));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
