package io.lorawanbi.registry.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns SQL with named parameters ({@code :dev_eui}) into JDBC SQL with {@code ?} and the order of the
 * names. Quoted text ({@code '...'}, {@code "..."}), comments ({@code --}, {@code /* *}{@code /}) and
 * PostgreSQL casts ({@code ::bytea}) are left alone. Immutable.
 *
 * @param jdbcSql the SQL with each named parameter replaced by {@code ?}
 * @param names the parameter names, in the order of the {@code ?}
 */
public record NamedParameters(String jdbcSql, List<String> names) {

    /** Copies the names. */
    public NamedParameters {
        names = List.copyOf(names);
    }

    /**
     * Parses SQL.
     *
     * @param sql the SQL
     * @param known the parameter names allowed
     * @throws IllegalArgumentException on an unknown name, a positional {@code ?}, or an unterminated
     *     quote or comment
     */
    public static NamedParameters parse(String sql, Set<String> known) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated quote at offset " + i);
                }
                out.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated comment at offset " + i);
                }
                out.append(sql, i, end + 2);
                i = end + 2;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && isNameStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && isNamePart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown parameter :" + name + " (known: "
                            + known.stream().sorted().map(k -> ":" + k).toList() + ")");
                }
                names.add(name);
                out.append('?');
                i = end;
            } else if (c == '?') {
                throw new IllegalArgumentException("positional parameter ? at offset " + i
                        + ": name the parameters instead (" + known.stream().sorted().map(k -> ":" + k).toList() + ")");
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedParameters(out.toString(), names);
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }
}
