package io.lorawanbi.model;

import io.lorawanbi.model.internal.Hex;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable sequence of bytes that the Backend Interfaces carry as hex text: PHYPayload,
 * FRMPayload, tokens, SessionKeyID, CFList, ChannelMask, AESKey (TS002 §3.4 "generic binary").
 *
 * <p>Immutable and thread-safe: the bytes are copied on the way in and on the way out. Two instances
 * are equal when they hold the same bytes. {@link #toString()} prints uppercase hex without prefix.
 * Key material is held in this type inside a {@code KeyEnvelope}, whose own {@code toString()} hides it.
 */
public final class HexBytes {

    private static final HexBytes EMPTY = new HexBytes(new byte[0]);

    private final byte[] bytes;

    private HexBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of the given bytes. */
    public static HexBytes of(byte... bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return bytes.length == 0 ? EMPTY : new HexBytes(bytes.clone());
    }

    /** The empty sequence. */
    public static HexBytes empty() {
        return EMPTY;
    }

    /**
     * Reads hex text: digits of either case, optionally prefixed once by {@code 0x} or {@code 0X};
     * empty text gives the empty sequence.
     *
     * @throws IllegalArgumentException if the text has an odd number of digits or a non-hex character;
     *     the message never repeats the text
     */
    public static HexBytes parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        byte[] decoded = Hex.decode(text);
        return decoded.length == 0 ? EMPTY : new HexBytes(decoded);
    }

    /** The number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** Whether there are no bytes. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * The byte at an index.
     *
     * @throws IndexOutOfBoundsException if the index is outside {@code 0..length()-1}
     */
    public byte byteAt(int index) {
        return bytes[index];
    }

    /** A fresh copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The canonical hex form: uppercase, no prefix, empty for no bytes. */
    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HexBytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The canonical hex form, as {@link #toHex()}. */
    @Override
    public String toString() {
        return toHex();
    }
}
