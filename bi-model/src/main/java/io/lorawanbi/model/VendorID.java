package io.lorawanbi.model;

import io.lorawanbi.model.internal.Hex;

/**
 * The vendor of a {@code VSExtension}: an IEEE OUI (TS002 §2.1: 3 bytes, hex).
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints 6 uppercase hex digits.
 *
 * @param value the 24-bit OUI
 */
public record VendorID(int value) {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if the value does not fit in 24 bits
     */
    public VendorID {
        if (value < 0 || value > 0xFF_FFFF) {
            throw new IllegalArgumentException("VendorID must fit in 24 bits, got " + value);
        }
    }

    /**
     * Reads a VendorID from hex text: 6 digits of either case, optionally prefixed once by {@code 0x}.
     *
     * @throws IllegalArgumentException if the text is not exactly 3 bytes of hex
     */
    public static VendorID parse(CharSequence text) {
        return new VendorID((int) Hex.decodeFixed(text, 3, "VendorID"));
    }

    /**
     * A VendorID from its numeric value.
     *
     * @throws IllegalArgumentException if the value does not fit in 24 bits
     */
    public static VendorID of(int value) {
        return new VendorID(value);
    }

    /** The canonical form: 6 uppercase hex digits. */
    @Override
    public String toString() {
        return Hex.encodeFixed(value, 3);
    }
}
