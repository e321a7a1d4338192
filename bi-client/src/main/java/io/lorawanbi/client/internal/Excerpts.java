package io.lorawanbi.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The start of a body as printable text for messages: at most 200 code points, control characters as
 * {@code ?}, and the string values of members whose name ends in {@code Key}, {@code Token},
 * {@code Secret} or {@code Password} (AESKey, NwkSKey, SenderToken, …) replaced by {@code "…"}.
 * Stateless and thread-safe.
 */
public final class Excerpts {

    /** Code points kept. */
    public static final int LENGTH = 200;

    private static final Pattern SECRET = Pattern.compile(
            "(\"[A-Za-z0-9_]*(?:Key|KEY|key|Token|token|Secret|secret|Password|password)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*(\"|$)");

    private Excerpts() {}

    /** The redacted excerpt of a body; empty for an empty body. */
    public static String of(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        // Redact over a little more than is shown, so that a value cut at the end is redacted too.
        int take = Math.min(body.length, LENGTH * 8);
        String text = SECRET.matcher(new String(body, 0, take, StandardCharsets.UTF_8)).replaceAll("$1\"…\"");
        StringBuilder out = new StringBuilder(Math.min(text.length(), LENGTH + 1));
        text.codePoints().limit(LENGTH).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        boolean cut = text.codePointCount(0, text.length()) > LENGTH || body.length > take;
        return out + (cut ? "…" : "");
    }
}
