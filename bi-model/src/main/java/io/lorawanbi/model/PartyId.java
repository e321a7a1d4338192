package io.lorawanbi.model;

import java.util.Objects;

/**
 * The identifier of a Backend Interfaces party, as carried in {@code SenderID} and {@code ReceiverID}
 * (TS002 §2.1, §2.2): a {@link NetId} for a Network Server, a JoinEUI ({@link Eui64}) for a Join
 * Server, or an {@link AsId} for an Application Server.
 *
 * <p>Implementations are immutable and thread-safe; {@link #toString()} is the canonical wire form.
 */
public sealed interface PartyId permits NetId, Eui64, AsId {

    /** The role this form of identifier belongs to. */
    Role role();

    /** The canonical wire form: uppercase hex for a NetID or JoinEUI, the text of an AS-ID. */
    @Override
    String toString();

    /**
     * Reads an identifier in the form the given role uses.
     *
     * @param role the role of the party; {@link Role#ANY} reads the form from the text
     * @param text the wire text
     * @return the identifier
     * @throws IllegalArgumentException if the text is not a valid identifier for the role
     */
    static PartyId parse(Role role, String text) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        return switch (role) {
            case NETWORK_SERVER -> NetId.parse(text);
            case JOIN_SERVER -> Eui64.parse(text);
            case APPLICATION_SERVER -> AsId.of(text);
            case ANY -> parseAny(text);
        };
    }

    private static PartyId parseAny(String text) {
        try {
            return NetId.parse(text);
        } catch (IllegalArgumentException notNetId) {
            try {
                return Eui64.parse(text);
            } catch (IllegalArgumentException notEui) {
                return AsId.of(text);
            }
        }
    }
}
