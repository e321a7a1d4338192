package io.lorawanbi.model;

import io.lorawanbi.model.internal.Hex;

/**
 * An IEEE EUI-64: a DevEUI, a JoinEUI or, in Backend Interfaces 1.1, an NSID (TS002 §3.4: 8 bytes,
 * hex, most significant byte first).
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints the canonical form: 16 uppercase hex
 * digits without prefix.
 *
 * @param value the 64 bits, most significant byte first
 */
public record EUI64(long value) implements PartyID {

    /** The all-zero EUI-64. */
    public static final EUI64 ZERO = new EUI64(0);

    /**
     * Reads an EUI-64 from hex text: 16 digits of either case, optionally prefixed once by
     * {@code 0x} or {@code 0X}.
     *
     * @throws IllegalArgumentException if the text is not exactly 8 bytes of hex
     */
    public static EUI64 parse(CharSequence text) {
        return new EUI64(Hex.decodeFixed(text, 8, "EUI-64"));
    }

    /** An EUI-64 from its numeric value. */
    public static EUI64 of(long value) {
        return new EUI64(value);
    }

    /** The 8 bytes, most significant first; a fresh array on each call. */
    public byte[] toBytes() {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (value >>> (56 - 8 * i));
        }
        return out;
    }

    /** {@inheritDoc} An EUI-64 in a SenderID or ReceiverID is a Join Server's JoinEUI. */
    @Override
    public Role role() {
        return Role.JOIN_SERVER;
    }

    /** The canonical form: 16 uppercase hex digits. */
    @Override
    public String toString() {
        return Hex.encodeFixed(value, 8);
    }
}
