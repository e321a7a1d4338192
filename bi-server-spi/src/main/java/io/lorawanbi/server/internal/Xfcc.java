package io.lorawanbi.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Envoy's {@code x-forwarded-client-cert} (envoyproxy.io, HTTP header manipulation): elements
 * separated by {@code ,}, each a list of {@code key=value} pairs separated by {@code ;}. A value may
 * be a quoted string, inside which {@code ,}, {@code ;} and {@code =} are plain characters and
 * {@code \"} and {@code \\} escape a quote and a backslash.
 *
 * <p>Each proxy hop that uses {@code APPEND_FORWARD} appends one element describing the client of
 * that hop, so the <em>last</em> element is the one the immediate (trusted) proxy wrote. Only that
 * one is read; earlier elements were written by hops this server cannot vouch for.
 */
public final class Xfcc {

    /** The most elements (hops) accepted in one header. */
    static final int MAX_ELEMENTS = 16;

    private Xfcc() {}

    /** One element: keys compared case-insensitively, values unquoted. */
    public record Element(Map<String, String> pairs) {
        /** The value of a key, or null. */
        public String value(String key) {
            return pairs.get(key.toLowerCase(Locale.ROOT));
        }
    }

    /** The last element of a header value. */
    public static Element lastElement(String header) {
        List<Element> elements = parse(header);
        return elements.get(elements.size() - 1);
    }

    /** Every element, in order. */
    public static List<Element> parse(String header) {
        List<Element> elements = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        StringBuilder token = new StringBuilder();
        String key = null;
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            boolean end = i == header.length();
            if (quoted && !end) {
                if (c == '\\') {
                    if (++i == header.length()) {
                        throw new IllegalArgumentException("unterminated escape in a quoted value");
                    }
                    token.append(header.charAt(i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    token.append(c);
                }
                continue;
            }
            if (quoted) {
                throw new IllegalArgumentException("unterminated quoted value");
            }
            if (c == '"') {
                if (key == null || !token.toString().isBlank() || wasQuoted) {
                    throw new IllegalArgumentException("a quote in the middle of a value");
                }
                token.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == '=' && key == null) {
                key = token.toString().strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    throw new IllegalArgumentException("a pair without a key");
                }
                token.setLength(0);
            } else if (c == ';' || c == ',') {
                String value = wasQuoted ? token.toString() : token.toString().strip();
                if (key == null) {
                    if (!value.isEmpty()) {
                        throw new IllegalArgumentException("a pair without '='");
                    }
                } else if (pairs.putIfAbsent(key, value) != null && !key.equals("uri") && !key.equals("dns")) {
                    throw new IllegalArgumentException("a key repeated in one element");
                }
                key = null;
                wasQuoted = false;
                token.setLength(0);
                if (c == ',') {
                    if (pairs.isEmpty()) {
                        throw new IllegalArgumentException("an empty element");
                    }
                    elements.add(new Element(Map.copyOf(pairs)));
                    pairs.clear();
                    if (elements.size() > MAX_ELEMENTS) {
                        throw new IllegalArgumentException("more than " + MAX_ELEMENTS + " elements");
                    }
                }
            } else if (wasQuoted) {
                if (!Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("text after a quoted value");
                }
            } else {
                token.append(c);
            }
        }
        return elements;
    }
}
