package io.lorawanbi.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The HTTP request headers as a transport received them: an immutable multi-map whose names compare
 * case-insensitively (RFC 9110 §5.1) and whose values keep their order of arrival.
 *
 * <p>Header values can be credentials ({@code Authorization}, {@code Cookie}) or large (a forwarded
 * certificate), so {@link #toString()} shows the names only, never a value. Immutable and
 * thread-safe.
 */
public final class RequestHeaders {

    private static final RequestHeaders EMPTY = new RequestHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final Map<String, List<String>> byName;

    private RequestHeaders(TreeMap<String, List<String>> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** No header. */
    public static RequestHeaders empty() {
        return EMPTY;
    }

    /**
     * Headers copied from a map of name to values, such as the JDK server's {@code Headers} or a
     * Servlet request's names and values. Names that differ only in case are merged, values in
     * iteration order.
     *
     * @throws NullPointerException for a null name or value
     */
    public static RequestHeaders of(Map<String, ? extends List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            Objects.requireNonNull(name, "header name");
            List<String> list = copy.computeIfAbsent(name, k -> new ArrayList<>());
            for (String v : values) {
                list.add(Objects.requireNonNull(v, "header value"));
            }
        });
        copy.replaceAll((k, v) -> List.copyOf(v));
        return copy.isEmpty() ? EMPTY : new RequestHeaders(copy);
    }

    /** Headers with one value each, from alternating names and values: {@code of("Content-Type", "application/json")}. */
    public static RequestHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(Objects.requireNonNull(namesAndValues[i], "header name"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(namesAndValues[i + 1], "header value"));
        }
        return of(map);
    }

    /** Every value of a header, in order of arrival; empty when absent. */
    public List<String> all(String name) {
        return byName.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
    }

    /** The first value of a header, if present. */
    public Optional<String> first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the header is present (with any value, possibly empty). */
    public boolean contains(String name) {
        return !all(name).isEmpty();
    }

    /** The header names, as first received, ordered case-insensitively. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** An unmodifiable view: name to values, with case-insensitive lookup. */
    public Map<String, List<String>> asMap() {
        return byName;
    }

    /** Whether there is no header. */
    public boolean isEmpty() {
        return byName.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RequestHeaders other) || other.byName.size() != byName.size()) {
            return false;
        }
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            if (!e.getValue().equals(other.all(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            h += e.getKey().toLowerCase(Locale.ROOT).hashCode() ^ e.getValue().hashCode();
        }
        return h;
    }

    /** The header names only: values may be credentials. */
    @Override
    public String toString() {
        return "RequestHeaders" + byName.keySet();
    }
}
