package io.lorawanbi.model;

import java.util.Objects;

/**
 * The Backend Interfaces protocol version of a message, as carried in {@code ProtocolVersion}
 * (TS002 §2.1): {@code "1.0"} or {@code "1.1"}.
 *
 * <p>An open value set: any text is representable, so that a receiver can decode the header of a
 * message in a version it does not support and answer {@code InvalidProtocolVersion} in that same
 * version string. {@link #isSupported()} tells the two apart.
 *
 * <p>Immutable and thread-safe. Two instances are equal when their text is equal.
 */
public final class ProtocolVersion {

    /** Backend Interfaces 1.0 (TS002-1.0.0). */
    public static final ProtocolVersion V1_0 = new ProtocolVersion("1.0", true);
    /** Backend Interfaces 1.1 (TS002-1.1.x). */
    public static final ProtocolVersion V1_1 = new ProtocolVersion("1.1", true);

    private final String value;
    private final boolean supported;

    private ProtocolVersion(String value, boolean supported) {
        this.value = value;
        this.supported = supported;
    }

    /**
     * The version for a wire value: one of the constants for {@code "1.0"} and {@code "1.1"},
     * otherwise an unsupported version that keeps the text as it came.
     */
    public static ProtocolVersion of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "1.0" -> V1_0;
            case "1.1" -> V1_1;
            default -> new ProtocolVersion(value, false);
        };
    }

    /** The wire text. */
    public String value() {
        return value;
    }

    /** Whether this library implements this version (1.0 and 1.1). */
    public boolean isSupported() {
        return supported;
    }

    /** Whether this is version 1.1, which adds NSIDs, HNSID, notifications and new result codes. */
    public boolean is1_1() {
        return this == V1_1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProtocolVersion that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The wire text. */
    @Override
    public String toString() {
        return value;
    }
}
