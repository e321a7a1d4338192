package io.lorawanbi.registry.jdbc;

import io.lorawanbi.registry.jdbc.internal.NamedParameters;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The SQL that looks a device up, and how it stores EUIs.
 *
 * <p><b>Parameters.</b> The SQL names its parameters: {@code :dev_eui} (required) and {@code :join_eui}
 * (optional), each bound with the {@link EuiEncoding} given, as often as it occurs. The request's DevEUI
 * is its {@code DevEUI} member, its JoinEUI its {@code ReceiverID} (TS002 §3.2). Quoted text, comments and
 * casts ({@code ::bytea}) are not parameters; a positional {@code ?} is refused.
 *
 * <p><b>Result.</b> No row: the device is unknown ({@code UnknownDevEUI}). One or more rows: the device is
 * known, and the first row is read. Its optional columns, found by label whatever their case:
 * <ul>
 *   <li>{@code home_net_id}: the home NetID, as 6 hex digits of text, an integer, or 3 bytes; absent or
 *       {@code NULL}, the handler's configured home NetID answers;
 *   <li>{@code home_ns_id}: the home NS's NSID (HNSID, sent in 1.1 answers), as 16 hex digits of text, a
 *       {@code bigint}, or 8 bytes; absent or {@code NULL}, the configured home NSID, if any.
 * </ul>
 * A query that selects only {@code 1} answers "the device exists here" and the configuration supplies the
 * rest: what the {@link RegistryPreset}s do.
 *
 * <p>Immutable and thread-safe.
 */
public final class LookupQuery {

    /** The DevEUI parameter's name. */
    public static final String DEV_EUI = "dev_eui";
    /** The JoinEUI parameter's name. */
    public static final String JOIN_EUI = "join_eui";

    private final String sql;
    private final EuiEncoding encoding;
    private final NamedParameters parsed;

    private LookupQuery(String sql, EuiEncoding encoding) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.parsed = NamedParameters.parse(sql, Set.of(DEV_EUI, JOIN_EUI));
        if (!parsed.names().contains(DEV_EUI)) {
            throw new IllegalArgumentException("the lookup query must use :" + DEV_EUI);
        }
    }

    /**
     * A lookup query.
     *
     * @param sql SQL with {@code :dev_eui} and optionally {@code :join_eui}
     * @param encoding how the registry stores EUIs
     * @throws IllegalArgumentException if the SQL lacks {@code :dev_eui}, names another parameter, has a
     *     positional {@code ?} or an unterminated quote or comment
     */
    public static LookupQuery of(String sql, EuiEncoding encoding) {
        return new LookupQuery(sql, encoding);
    }

    /** The SQL as given, with named parameters. */
    public String sql() {
        return sql;
    }

    /** How the registry stores EUIs. */
    public EuiEncoding encoding() {
        return encoding;
    }

    /** The SQL as sent to JDBC, with {@code ?} for each parameter. */
    public String jdbcSql() {
        return parsed.jdbcSql();
    }

    /** The parameter names in the order of the {@code ?} in {@link #jdbcSql()}. */
    public List<String> parameterOrder() {
        return parsed.names();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LookupQuery q && q.sql.equals(sql) && q.encoding == encoding;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sql, encoding);
    }

    @Override
    public String toString() {
        return "LookupQuery[" + encoding + ": " + sql + "]";
    }
}
