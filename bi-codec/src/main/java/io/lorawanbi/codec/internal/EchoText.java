package io.lorawanbi.codec.internal;

/**
 * Bounds a text that a receiver copies from a request into its answer, so that the answer always stays
 * within the decoding limits of any peer that uses the default limits, and always encodes: the text is
 * cut to a number of code points (never inside a surrogate pair, an ellipsis marking the cut), and a
 * lone surrogate, which no UTF-8 encoder can write, becomes U+FFFD. Stateless and thread-safe.
 */
public final class EchoText {

    /** The most code points of a ProtocolVersion echoed in an answer. */
    public static final int MAX_VERSION = 32;
    /** The most code points of a Description the codec writes into a failure answer. */
    public static final int MAX_DESCRIPTION = 512;

    private EchoText() {}

    /**
     * The text, cut to at most {@code max} code points (the last being '…' when cut) and with every
     * lone surrogate replaced by U+FFFD; the same instance when nothing had to change.
     */
    public static String bounded(String text, int max) {
        if (text.length() <= max && clean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2 * max));
        int points = 0;
        int i = 0;
        while (i < text.length()) {
            if (points == max - 1 && text.codePointCount(i, text.length()) > 1) {
                out.append('…');
                return out.toString();
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
                i++;
            }
            points++;
        }
        return out.toString();
    }

    private static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
