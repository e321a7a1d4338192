package io.lorawanbi.codec.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain trees of JSON (maps, lists, strings, numbers, booleans, null) read with jackson-core, and the
 * normalisation under which a re-encoded message must equal what a peer sent: hex in one case
 * without prefix, absent/null/empty members removed, times as UTC instants, MACVersion without a
 * zero patch, numbers by value.
 */
public final class JsonTree {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern HEX = Pattern.compile("(0[xX])?([0-9a-fA-F]{2})+");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern MAC_ZERO_PATCH = Pattern.compile("(\\d+\\.\\d+)\\.0");

    private JsonTree() {}

    /** Parses JSON text into a tree. */
    public static Object parse(byte[] json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            return value(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The normalised form of a tree (a new tree; the input is not changed). */
    @SuppressWarnings("unchecked")
    public static Object normalise(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                Object v = normalise(e.getValue());
                if (!isEmpty(v)) {
                    out.put(e.getKey(), v);
                }
            }
            return out;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                Object v = normalise(o);
                if (!isEmpty(v)) {
                    out.add(v);
                }
            }
            return out;
        }
        if (node instanceof BigDecimal d) {
            return d.compareTo(BigDecimal.ZERO) == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        if (node instanceof String s) {
            if (HEX.matcher(s).matches()) {
                return (s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s).toUpperCase(Locale.ROOT);
            }
            var mac = MAC_ZERO_PATCH.matcher(s);
            if (mac.matches()) {
                return mac.group(1);
            }
            if (TIME.matcher(s).matches()) {
                try {
                    return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toString();
                } catch (DateTimeParseException e) {
                    return s;
                }
            }
        }
        return node;
    }

    private static boolean isEmpty(Object v) {
        return v == null || (v instanceof String s && s.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty())
                || (v instanceof List<?> l && l.isEmpty());
    }

    /** Renames a member, given by dotted path, of a normalised tree; array elements are entered. */
    @SuppressWarnings("unchecked")
    public static void rename(Object tree, String path, String newName) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (dot < 0) {
                if (m.containsKey(head)) {
                    m.put(newName, m.remove(head));
                }
            } else if (m.containsKey(head)) {
                rename(m.get(head), path.substring(dot + 1), newName);
            }
        } else if (tree instanceof List<?> list) {
            for (Object o : list) {
                rename(o, path, newName);
            }
        }
    }

    /**
     * Removes a member by dotted path ({@code ReceiverNSID}, {@code ULMetaData.GWInfo}) from a
     * normalised tree; array elements are entered transparently.
     */
    @SuppressWarnings("unchecked")
    public static void remove(Object tree, String path) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        if (tree instanceof Map<?, ?> map) {
            if (dot < 0) {
                map.remove(head);
            } else if (map.containsKey(head)) {
                remove(((Map<String, Object>) map).get(head), path.substring(dot + 1));
            }
        } else if (tree instanceof List<?> list) {
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                remove(it.next(), path);
            }
        }
    }
}
