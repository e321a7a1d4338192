package io.lorawanbi.model;

import io.lorawanbi.model.internal.Hex;

/**
 * The join-accept {@code DLSettings} byte carried in JoinReq, RejoinReq and HRStartReq (docs/reference.md §3.2,
 * §3.4: 1 byte, hex): bit 7 OptNeg, bits 6..4 RX1DROffset, bits 3..0 RX2DataRate.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints 2 uppercase hex digits.
 *
 * @param value the byte, 0 to 255
 */
public record DLSettings(int value) {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if the value is not a byte
     */
    public DLSettings {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("DLSettings must be one byte, got " + value);
        }
    }

    /**
     * Reads the byte from 2 hex digits, optionally prefixed once by {@code 0x}.
     *
     * @throws IllegalArgumentException if the text is not exactly 1 byte of hex
     */
    public static DLSettings parse(CharSequence text) {
        return new DLSettings((int) Hex.decodeFixed(text, 1, "DLSettings"));
    }

    /**
     * Composes the byte from its fields.
     *
     * @param optNeg the OptNeg bit (set for LoRaWAN 1.1 devices)
     * @param rx1DrOffset RX1DROffset, 0 to 7
     * @param rx2DataRate RX2DataRate, 0 to 15
     * @throws IllegalArgumentException if a field is out of range
     */
    public static DLSettings of(boolean optNeg, int rx1DrOffset, int rx2DataRate) {
        if (rx1DrOffset < 0 || rx1DrOffset > 7) {
            throw new IllegalArgumentException("RX1DROffset must be 0..7, got " + rx1DrOffset);
        }
        if (rx2DataRate < 0 || rx2DataRate > 15) {
            throw new IllegalArgumentException("RX2DataRate must be 0..15, got " + rx2DataRate);
        }
        return new DLSettings((optNeg ? 0x80 : 0) | (rx1DrOffset << 4) | rx2DataRate);
    }

    /** The OptNeg bit (bit 7). */
    public boolean optNeg() {
        return (value & 0x80) != 0;
    }

    /** RX1DROffset (bits 6..4). */
    public int rx1DrOffset() {
        return (value >>> 4) & 0x7;
    }

    /** RX2DataRate (bits 3..0). */
    public int rx2DataRate() {
        return value & 0xF;
    }

    /** The canonical form: 2 uppercase hex digits. */
    @Override
    public String toString() {
        return Hex.encodeFixed(value, 1);
    }
}
