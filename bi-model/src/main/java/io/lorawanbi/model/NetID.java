package io.lorawanbi.model;

import io.lorawanbi.model.internal.Hex;

/**
 * A LoRaWAN NetID: the 24-bit identifier of a network, used as the SenderID or ReceiverID of a
 * Network Server and as {@code HNetID} (TS002 §2.2, §3.4: 3 bytes, hex, most significant byte first).
 *
 * <p>The three most significant bits are the NetID {@linkplain #type() type}; the low bits hold the
 * {@linkplain #nwkId() NwkID}, whose width depends on the type (6 bits for types 0 and 1, 9 bits for
 * type 2, 21 bits for types 3 to 7).
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints 6 uppercase hex digits.
 *
 * @param value the 24-bit value, 0 to 0xFFFFFF
 */
public record NetID(int value) implements PartyID {

    /** The largest NetID value. */
    public static final int MAX_VALUE = 0xFF_FFFF;

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if the value does not fit in 24 bits
     */
    public NetID {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("NetID must fit in 24 bits, got " + value);
        }
    }

    /**
     * Reads a NetID from hex text: 6 digits of either case, optionally prefixed once by {@code 0x}.
     *
     * @throws IllegalArgumentException if the text is not exactly 3 bytes of hex
     */
    public static NetID parse(CharSequence text) {
        return new NetID((int) Hex.decodeFixed(text, 3, "NetID"));
    }

    /**
     * A NetID from its numeric value.
     *
     * @throws IllegalArgumentException if the value does not fit in 24 bits
     */
    public static NetID of(int value) {
        return new NetID(value);
    }

    /** The NetID type, 0 to 7: the three most significant bits. */
    public int type() {
        return value >>> 21;
    }

    /** The NwkID: the low 6, 9 or 21 bits, by {@linkplain #type() type}. */
    public int nwkId() {
        return value & ((1 << nwkIdBits()) - 1);
    }

    /** The width of the NwkID in bits for this NetID's type: 6, 9 or 21. */
    public int nwkIdBits() {
        return switch (type()) {
            case 0, 1 -> 6;
            case 2 -> 9;
            default -> 21;
        };
    }

    /** {@inheritDoc} A NetID in a SenderID or ReceiverID is a Network Server's. */
    @Override
    public Role role() {
        return Role.NETWORK_SERVER;
    }

    /** The canonical form: 6 uppercase hex digits. */
    @Override
    public String toString() {
        return Hex.encodeFixed(value, 3);
    }
}
