package io.lorawanbi.model.internal;

/**
 * Hexadecimal text as the Backend Interfaces carry binary values: read leniently (either case, one
 * optional {@code 0x}/{@code 0X} prefix), written strictly (uppercase, no prefix).
 *
 * <p>Error messages describe the fault by position and length only: they never repeat the input,
 * because the input may be key material.
 *
 * <p>Stateless and thread-safe.
 */
public final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {}

    /**
     * Decodes hex text into bytes.
     *
     * @param text hex digits, either case, optionally prefixed once by {@code 0x} or {@code 0X}
     * @return the decoded bytes (empty for empty text)
     * @throws IllegalArgumentException if the text has an odd number of digits or a non-hex character
     */
    public static byte[] decode(CharSequence text) {
        int start = prefixLength(text);
        int digits = text.length() - start;
        if ((digits & 1) != 0) {
            throw new IllegalArgumentException("odd number of hex digits (" + digits + ")");
        }
        byte[] out = new byte[digits / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = digit(text, start + 2 * i, start);
            int lo = digit(text, start + 2 * i + 1, start);
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /**
     * Decodes hex text of an exact byte length into an unsigned number (big-endian, most significant
     * byte first).
     *
     * @param text hex digits as for {@link #decode(CharSequence)}
     * @param bytes the required length in bytes, 1 to 8
     * @param what the name of the value for the error message, for example {@code "EUI-64"}
     * @return the value
     * @throws IllegalArgumentException if the text is not hex or does not hold exactly {@code bytes} bytes
     */
    public static long decodeFixed(CharSequence text, int bytes, String what) {
        int start = prefixLength(text);
        int digits = text.length() - start;
        if (digits != 2 * bytes) {
            throw new IllegalArgumentException(
                    what + " must be " + bytes + " bytes (" + 2 * bytes + " hex digits), got " + digits + " digits");
        }
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            value = (value << 4) | digit(text, i, start);
        }
        return value;
    }

    /** Encodes bytes as uppercase hex without prefix. */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /** Encodes the low {@code bytes} bytes of a number as uppercase hex, most significant first. */
    public static String encodeFixed(long value, int bytes) {
        char[] out = new char[bytes * 2];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = DIGITS[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(out);
    }

    private static int prefixLength(CharSequence text) {
        if (text.length() >= 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            return 2;
        }
        return 0;
    }

    private static int digit(CharSequence text, int index, int start) {
        char c = text.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw new IllegalArgumentException("not a hex digit at position " + (index - start));
    }
}
