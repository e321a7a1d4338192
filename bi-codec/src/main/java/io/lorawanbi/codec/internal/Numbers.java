package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import io.lorawanbi.model.ProtocolVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The codecs of numeric members held as integers, in two kinds.
 *
 * <ul>
 *   <li><b>Whole numbers</b>: identifiers, counters, indexes, codes and protocol parameters
 *       (TransactionID, FCntUp, DataRate, Battery, RxDelay, ...). Any JSON number whose value is whole
 *       ({@code 5}, {@code 5.0}, {@code 5e0}); anything else is refused with "must be a whole number",
 *       and a whole number outside the type with "must be a whole number from <i>min</i> to <i>max</i>".
 *   <li><b>Measurements</b> held as integers (RSSI, Margin, MaxEIRP, FineRecvTime): any JSON number,
 *       rounded to the nearest integer, halves away from zero ({@code -113.5} reads as {@code -114});
 *       a value outside the type is refused with "must be a number from <i>min</i> to <i>max</i>".
 * </ul>
 *
 * <p>Every value is judged exactly, as the decimal the text denotes; no input can make the judgment
 * expensive (exponents beyond the int range are classified without being expanded).
 */
final class Numbers {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Numbers() {}

    /**
     * A whole number from {@code min} to {@code max}; with {@code numericString}, also a string of
     * decimal digits (Helium's DedupWindowSize).
     */
    static ValueCodec<Long> whole(long min, long max, boolean numericString) {
        return whole(min, max, numericString, "must be a whole number from " + min + " to " + max);
    }

    /**
     * As {@link #whole(long, long, boolean)}, saying {@code range} for a whole number beyond the bounds
     * (for a member that accepts more than it names, such as TransactionID's signed echo).
     */
    static ValueCodec<Long> whole(long min, long max, boolean numericString, String range) {
        return new LongCodec() {
            @Override
            public Long read(JsonParser p, ReadContext ctx) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                if (t == JsonToken.VALUE_STRING && numericString) {
                    String text = ctx.checkString(p.getText()).trim();
                    if (text.isEmpty()) {
                        return null;
                    }
                    if (!text.matches("-?[0-9]{1,40}")) {
                        throw new BadValue("must be a whole number");
                    }
                    return inRange(new BigDecimal(new BigInteger(text)), min, max, range);
                }
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    return integer(p, min, max, range);
                }
                if (t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new BadValue("must be a whole number");
                }
                BigDecimal value = decimal(p);
                if (value == null) { // the exponent is beyond the int range
                    String literal = p.getText();
                    if (zeroMantissa(literal)) {
                        return inRange(BigDecimal.ZERO, min, max, range);
                    }
                    throw new BadValue(negativeExponent(literal) ? "must be a whole number" : range);
                }
                if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                    throw new BadValue("must be a whole number");
                }
                return inRange(value, min, max, range);
            }
        };
    }

    /** A measurement from {@code min} to {@code max}: any number, rounded half away from zero. */
    static ValueCodec<Long> measured(long min, long max) {
        String range = "must be a number from " + min + " to " + max;
        return new LongCodec() {
            @Override
            public Long read(JsonParser p, ReadContext ctx) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    return integer(p, min, max, range);
                }
                if (t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new BadValue("must be a number");
                }
                BigDecimal value = decimal(p);
                if (value == null) { // the exponent is beyond the int range
                    String literal = p.getText();
                    if (zeroMantissa(literal) || negativeExponent(literal)) {
                        return inRange(BigDecimal.ZERO, min, max, range);
                    }
                    throw new BadValue(range);
                }
                if (value.abs().compareTo(HALF) < 0) { // also keeps the rounding below cheap
                    return inRange(BigDecimal.ZERO, min, max, range);
                }
                if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                    throw new BadValue(range);
                }
                return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
            }
        };
    }

    /** The same codec, narrowed to {@code Integer}; the codec's bounds must lie within the int range. */
    static ValueCodec<Integer> narrow(ValueCodec<Long> wide) {
        return new ValueCodec<>() {
            @Override
            public Integer read(JsonParser p, ReadContext ctx) throws IOException {
                Long value = wide.read(p, ctx);
                return value == null ? null : Math.toIntExact(value);
            }

            @Override
            public void write(JsonGenerator g, Integer value, ProtocolVersion version) throws IOException {
                g.writeNumber(value.intValue());
            }
        };
    }

    private static long integer(JsonParser p, long min, long max, String range) throws IOException {
        long value;
        try {
            value = p.getLongValue();
        } catch (InputCoercionException e) {
            throw new BadValue(range);
        }
        if (value < min || value > max) {
            throw new BadValue(range);
        }
        return value;
    }

    private static long inRange(BigDecimal value, long min, long max, String range) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new BadValue(range);
        }
        return value.longValueExact();
    }

    /** The exact value of a float token, or {@code null} when its exponent is beyond the int range. */
    private static BigDecimal decimal(JsonParser p) throws IOException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a number literal's digits before its exponent are all zeros. */
    private static boolean zeroMantissa(String literal) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        return (e < 0 ? literal : literal.substring(0, e)).chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    /** Whether a number literal has a negative exponent (its magnitude, if not zero, is then below 1). */
    private static boolean negativeExponent(String literal) {
        int e = Math.max(literal.indexOf('e'), literal.indexOf('E'));
        return e >= 0 && e + 1 < literal.length() && literal.charAt(e + 1) == '-';
    }

    /** Writes a present long. */
    private abstract static class LongCodec implements ValueCodec<Long> {
        @Override
        public void write(JsonGenerator g, Long value, ProtocolVersion version) throws IOException {
            g.writeNumber(value.longValue());
        }
    }
}
