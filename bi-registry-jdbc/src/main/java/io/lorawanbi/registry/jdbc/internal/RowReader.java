package io.lorawanbi.registry.jdbc.internal;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the optional {@code home_net_id} and {@code home_ns_id} columns of a lookup's first row, in the
 * shapes registries use: hex text, a number, or bytes (big-endian). Stateless.
 */
public final class RowReader {

    /** The home NetID column's label. */
    public static final String HOME_NET_ID = "home_net_id";
    /** The home NSID column's label. */
    public static final String HOME_NS_ID = "home_ns_id";

    /** A row's values; empty where the column is absent or NULL. */
    public record Row(Optional<NetID> homeNetId, Optional<EUI64> homeNsId) {}

    /** A value that is not a NetID or an EUI-64; its message names the column, never the value. */
    public static final class BadValueException extends Exception {
        private static final long serialVersionUID = 1L;

        BadValueException(String message) {
            super(message);
        }
    }

    private RowReader() {}

    /**
     * Reads the current row.
     *
     * @throws SQLException from the driver
     * @throws BadValueException if a column holds something else than the shapes above
     */
    public static Row read(ResultSet rs) throws SQLException, BadValueException {
        ResultSetMetaData meta = rs.getMetaData();
        int netIdColumn = 0;
        int nsIdColumn = 0;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (label.equals(HOME_NET_ID)) {
                netIdColumn = i;
            } else if (label.equals(HOME_NS_ID)) {
                nsIdColumn = i;
            }
        }
        Optional<NetID> netId = Optional.empty();
        if (netIdColumn > 0) {
            Object v = rs.getObject(netIdColumn);
            if (v != null) {
                netId = Optional.of(NetID.of((int) number(v, 3, HOME_NET_ID)));
            }
        }
        Optional<EUI64> nsId = Optional.empty();
        if (nsIdColumn > 0) {
            Object v = rs.getObject(nsIdColumn);
            if (v != null) {
                nsId = Optional.of(EUI64.of(number(v, 8, HOME_NS_ID)));
            }
        }
        return new Row(netId, nsId);
    }

    private static long number(Object v, int bytes, String column) throws BadValueException {
        try {
            if (v instanceof byte[] b) {
                if (b.length != bytes) {
                    throw new BadValueException(column + " has " + b.length + " bytes, not " + bytes);
                }
                long out = 0;
                for (byte x : b) {
                    out = out << 8 | (x & 0xFF);
                }
                return out;
            }
            if (v instanceof Number n) {
                long out = n.longValue();
                if (bytes < 8 && (out < 0 || out >= 1L << (8 * bytes))) {
                    throw new BadValueException(column + " is out of range for " + bytes + " bytes");
                }
                return out;
            }
            if (v instanceof CharSequence s) {
                return bytes == 3 ? NetID.parse(s.toString().trim()).value() : EUI64.parse(s.toString().trim()).value();
            }
        } catch (IllegalArgumentException e) {
            throw new BadValueException(column + " is not " + (bytes * 2) + " hex digits");
        }
        throw new BadValueException(column + " has the unsupported type " + v.getClass().getName());
    }
}
