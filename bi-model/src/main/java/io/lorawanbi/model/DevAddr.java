package io.lorawanbi.model;

import io.lorawanbi.model.internal.Hex;

/**
 * A LoRaWAN device address (TS002 §3.4: 4 bytes, hex, most significant byte first).
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints 8 uppercase hex digits.
 *
 * @param value the 32 bits
 */
public record DevAddr(int value) {

    /**
     * Reads a DevAddr from hex text: 8 digits of either case, optionally prefixed once by {@code 0x}.
     *
     * @throws IllegalArgumentException if the text is not exactly 4 bytes of hex
     */
    public static DevAddr parse(CharSequence text) {
        return new DevAddr((int) Hex.decodeFixed(text, 4, "DevAddr"));
    }

    /** A DevAddr from its numeric value. */
    public static DevAddr of(int value) {
        return new DevAddr(value);
    }

    /** The canonical form: 8 uppercase hex digits. */
    @Override
    public String toString() {
        return Hex.encodeFixed(Integer.toUnsignedLong(value), 4);
    }
}
