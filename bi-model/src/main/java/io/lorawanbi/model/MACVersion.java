package io.lorawanbi.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The LoRaWAN L2 (MAC) version of a device, as carried in {@code MACVersion} (TS002 §3.2, §6.5).
 *
 * <p>Two- and three-part forms denote the same version: {@code 1.0} equals {@code 1.0.0} and
 * {@code 1.1} equals {@code 1.1.0}. The canonical form drops a zero patch level, which is the form
 * every studied peer accepts ({@code 1.0}, {@code 1.0.1} … {@code 1.0.4}, {@code 1.1}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch level (0 when the text had two parts)
 */
public record MACVersion(int major, int minor, int patch) implements Comparable<MACVersion> {

    /** LoRaWAN 1.0 (also written 1.0.0). */
    public static final MACVersion V1_0 = new MACVersion(1, 0, 0);
    /** LoRaWAN 1.0.1. */
    public static final MACVersion V1_0_1 = new MACVersion(1, 0, 1);
    /** LoRaWAN 1.0.2. */
    public static final MACVersion V1_0_2 = new MACVersion(1, 0, 2);
    /** LoRaWAN 1.0.3. */
    public static final MACVersion V1_0_3 = new MACVersion(1, 0, 3);
    /** LoRaWAN 1.0.4. */
    public static final MACVersion V1_0_4 = new MACVersion(1, 0, 4);
    /** LoRaWAN 1.1 (also written 1.1.0). */
    public static final MACVersion V1_1 = new MACVersion(1, 1, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})(?:\\.(\\d{1,3}))?");

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if a part is negative
     */
    public MACVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("MAC version parts must not be negative");
        }
    }

    /**
     * Reads {@code major.minor} or {@code major.minor.patch}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static MACVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        var m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("MAC version must be major.minor or major.minor.patch");
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new MACVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }

    /** Whether this is LoRaWAN 1.1 or later (devices with the 1.1 session-key set). */
    public boolean isAtLeast1_1() {
        return compareTo(V1_1) >= 0;
    }

    /**
     * Whether this is one of the published LoRaWAN L2 versions (1.0, 1.0.1 … 1.0.4, 1.1).
     */
    public boolean isKnown() {
        return major == 1 && ((minor == 0 && patch <= 4) || (minor == 1 && patch == 0));
    }

    @Override
    public int compareTo(MACVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    /** The canonical form: {@code major.minor}, followed by {@code .patch} when the patch is not 0. */
    @Override
    public String toString() {
        return patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
    }
}
