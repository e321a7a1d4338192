package io.lorawanbi.server;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.PartyID;
import java.util.Objects;

/**
 * A block of JoinEUIs a Join Server answers for, inclusive at both ends, as Packet Broker registers
 * JoinEUI prefixes for a Join Server ({@code JoinEUIPrefix} of value and length). Compared as
 * unsigned 64-bit numbers. Immutable and thread-safe.
 *
 * @param first the lowest JoinEUI of the block
 * @param last the highest JoinEUI of the block, not below {@code first}
 */
public record JoinEuiRange(EUI64 first, EUI64 last) {

    /** Checks the bounds. */
    public JoinEuiRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (Long.compareUnsigned(first.value(), last.value()) > 0) {
            throw new IllegalArgumentException("the range " + first + ".." + last + " is empty");
        }
    }

    /** The JoinEUIs from {@code first} to {@code last}, both included. */
    public static JoinEuiRange of(EUI64 first, EUI64 last) {
        return new JoinEuiRange(first, last);
    }

    /**
     * The JoinEUIs whose first {@code length} bits equal those of {@code value}.
     *
     * @param value the prefix, its bits beyond {@code length} zero
     * @param length 0 to 64 bits
     * @throws IllegalArgumentException for a length out of range or bits set beyond it
     */
    public static JoinEuiRange prefix(EUI64 value, int length) {
        if (length < 0 || length > 64) {
            throw new IllegalArgumentException("prefix length must be 0 to 64: " + length);
        }
        long hostMask = length == 64 ? 0 : -1L >>> length;
        if ((value.value() & hostMask) != 0) {
            throw new IllegalArgumentException(value + "/" + length + " has bits set beyond its prefix length");
        }
        return new JoinEuiRange(value, EUI64.of(value.value() | hostMask));
    }

    /**
     * Reads {@code 70B3D57ED0000000/36} (a prefix), {@code 70B3D57ED0000000-70B3D57ED0000FFF} (a
     * range) or a single JoinEUI.
     *
     * @throws IllegalArgumentException if the text is none of these
     */
    public static JoinEuiRange parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash >= 0) {
            int length;
            try {
                length = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in " + text, e);
            }
            return prefix(EUI64.parse(t.substring(0, slash)), length);
        }
        int dash = t.indexOf('-');
        if (dash >= 0) {
            return of(EUI64.parse(t.substring(0, dash)), EUI64.parse(t.substring(dash + 1)));
        }
        EUI64 one = EUI64.parse(t);
        return of(one, one);
    }

    /** Whether an ID is a JoinEUI inside this range. */
    public boolean contains(PartyID id) {
        return id instanceof EUI64 eui && Long.compareUnsigned(eui.value(), first.value()) >= 0
                && Long.compareUnsigned(eui.value(), last.value()) <= 0;
    }

    /** {@code first-last}. */
    @Override
    public String toString() {
        return first + "-" + last;
    }
}
