package io.lorawanbi.model;

import java.util.Objects;

/**
 * The identifier of a Backend Interfaces party, as carried in {@code SenderID} and {@code ReceiverID}
 * (TS002 §2.1, §2.2): a {@link NetID} for a Network Server, a JoinEUI ({@link EUI64}) for a Join
 * Server, or an {@link ASID} for an Application Server.
 *
 * <p>Implementations are immutable and thread-safe; {@link #toString()} is the canonical wire form.
 */
public sealed interface PartyID permits NetID, EUI64, ASID {

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
    static PartyID parse(Role role, String text) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        return switch (role) {
            case NETWORK_SERVER -> NetID.parse(text);
            case JOIN_SERVER -> EUI64.parse(text);
            case APPLICATION_SERVER -> ASID.of(text);
            case ANY -> parseAny(text);
        };
    }

    private static PartyID parseAny(String text) {
        try {
            return NetID.parse(text);
        } catch (IllegalArgumentException notNetId) {
            try {
                return EUI64.parse(text);
            } catch (IllegalArgumentException notEui) {
                return ASID.of(text);
            }
        }
    }
}
