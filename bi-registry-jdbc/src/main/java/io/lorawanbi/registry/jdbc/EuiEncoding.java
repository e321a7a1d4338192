package io.lorawanbi.registry.jdbc;

import io.lorawanbi.model.EUI64;
import java.util.Locale;

/**
 * How a registry stores an EUI-64 (DevEUI, JoinEUI), and so how the lookup binds the request's EUIs to
 * the query's parameters.
 */
public enum EuiEncoding {
    /**
     * Eight bytes, most significant first: PostgreSQL {@code bytea}, MySQL {@code BINARY(8)}. ChirpStack v4
     * stores {@code device.dev_eui} and {@code device.join_eui} so.
     */
    BYTES,
    /**
     * Sixteen uppercase hex digits, no separator ({@code 70B3D57ED0001234}): {@code text},
     * {@code varchar(16)}. The Things Stack stores {@code end_devices.dev_eui} and {@code join_eui} so.
     */
    HEX_UPPER,
    /** Sixteen lowercase hex digits, no separator ({@code 70b3d57ed0001234}). */
    HEX_LOWER;

    /**
     * The value to bind for an EUI: a fresh {@code byte[8]} for {@link #BYTES}, a {@code String} of 16
     * hex digits otherwise.
     */
    public Object bind(EUI64 eui) {
        return switch (this) {
            case BYTES -> eui.toBytes();
            case HEX_UPPER -> eui.toString();
            case HEX_LOWER -> eui.toString().toLowerCase(Locale.ROOT);
        };
    }
}
