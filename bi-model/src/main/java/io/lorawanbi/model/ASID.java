package io.lorawanbi.model;

import java.util.Objects;

/**
 * The identifier of an Application Server (AS-ID): free text, for example an FQDN or an IP address
 * (TS002 §2.2). It is carried verbatim.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the identifier text, not empty
 */
public record ASID(String value) implements PartyID {

    /**
     * Checks the text.
     *
     * @throws IllegalArgumentException if the text is empty
     */
    public ASID {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("AS-ID must not be empty");
        }
    }

    /** An AS-ID from its text. */
    public static ASID of(String value) {
        return new ASID(value);
    }

    /** {@inheritDoc} */
    @Override
    public Role role() {
        return Role.APPLICATION_SERVER;
    }

    /** The identifier text. */
    @Override
    public String toString() {
        return value;
    }
}
