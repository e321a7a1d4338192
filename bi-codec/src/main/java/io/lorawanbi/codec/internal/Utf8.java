package io.lorawanbi.codec.internal;

/** The UTF-8 check of a body the parser has accepted. Stateless. */
final class Utf8 {

    private Utf8() {}

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629, Unicode table 3-7) without NUL bytes. The parser
     * rejects most malformed input itself, at the member where it occurs, but it decodes overlong forms
     * and code points beyond U+10FFFF, and it reads a body with NUL bytes as UTF-16 or UTF-32; JSON in
     * UTF-8 never holds a raw NUL.
     */
    static boolean isUtf8Json(byte[] b, int length) {
        int i = 0;
        while (i < length) {
            int c = b[i];
            if (c > 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int more;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false; // NUL, a continuation byte, C0, C1, F5..FF
            }
            if (i + more >= length) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }
}
