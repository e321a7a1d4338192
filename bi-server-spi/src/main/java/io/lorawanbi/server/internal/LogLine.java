package io.lorawanbi.server.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Builds one {@code key=value} log line that no value can break: a value of letters, digits and
 * {@code . _ : / @ + -} is written bare, any other in double quotes with {@code \\}, {@code "} and every
 * control or line-breaking character escaped ({@code \n}, {@code \r}, {@code \t}, else {@code \\uXXXX}),
 * cut at {@value #MAX_VALUE_CHARS} characters (marked by a trailing {@code ...} inside the quotes). An
 * absent value is written {@code -}. Not thread-safe; one per line.
 */
public final class LogLine {

    /** The most characters of a value written; the rest is cut. */
    public static final int MAX_VALUE_CHARS = 200;

    private final StringBuilder line = new StringBuilder(160);

    /** A line starting with {@code event=NAME}. */
    public LogLine(String event) {
        line.append("event=").append(event);
    }

    /** Adds {@code key=value}. */
    public LogLine add(String key, @Nullable Object value) {
        line.append(' ').append(key).append('=');
        if (value == null) {
            line.append('-');
        } else {
            appendValue(line, value.toString());
        }
        return this;
    }

    /** Adds a URI without its user information, query and fragment, which may carry credentials. */
    public LogLine addEndpoint(String key, @Nullable URI endpoint) {
        if (endpoint == null || endpoint.getHost() == null) {
            return add(key, endpoint == null ? null : "(opaque)");
        }
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        return add(key, endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() >= 0 ? ":" + endpoint.getPort() : "") + path);
    }

    @Override
    public String toString() {
        return line.toString();
    }

    static void appendValue(StringBuilder out, String value) {
        if (isBare(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        int n = Math.min(value.length(), MAX_VALUE_CHARS);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !validPair(value, i, n)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (value.length() > MAX_VALUE_CHARS) {
            out.append("...");
        }
        out.append('"');
    }

    private static boolean validPair(String s, int i, int end) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static boolean isBare(String value) {
        if (value.isEmpty() || value.length() > MAX_VALUE_CHARS || value.equals("-")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == ':' || c == '/' || c == '@' || c == '+' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
