package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.VendorID;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The codecs of scalar member values, with the wire policy: hex read in either case with one optional
 * {@code 0x}/{@code 0X} and written uppercase; {@code null}, {@code ""} and an empty hex value
 * ({@code "0x"}) read as absent; numbers by {@link Numbers}; RFC 3339 times with any fraction and
 * offset, written in UTC.
 */
final class Scalars {

    private Scalars() {}

    /**
     * Text, where {@code ""} means absent (opaque tokens, region names, IDs; a Description or a KEKLabel,
     * whose records hold an empty one as they hold an absent one).
     */
    static final ValueCodec<String> TEXT = text(CharSequence::toString, null);

    /** Generic binary; no bytes ({@code ""}, {@code "0x"}) is absent, so a present value is never empty. */
    static final ValueCodec<HexBytes> HEX = hex(HexBytes::parse, "hex");
    static final ValueCodec<EUI64> EUI_64 = hex(EUI64::parse, "EUI-64");
    static final ValueCodec<NetID> NET_ID = hex(NetID::parse, "NetID");
    static final ValueCodec<DevAddr> DEV_ADDR = hex(DevAddr::parse, "DevAddr");
    static final ValueCodec<VendorID> VENDOR_ID = hex(VendorID::parse, "VendorID");
    static final ValueCodec<DLSettings> DL_SETTINGS = hex(DLSettings::parse, "DLSettings");
    static final ValueCodec<MACVersion> MAC_VERSION = text(t -> MACVersion.parse(t.toString()), "MAC version");
    static final ValueCodec<Instant> TIME = text(Scalars::parseTime, "RFC 3339 timestamp");

    /** A ResultCode: any text, known codes and aliases resolved; written as the version's name. */
    static final ValueCodec<ResultCode> RESULT_CODE = new ValueCodec<>() {
        @Override
        public ResultCode read(JsonParser p, ReadContext ctx) throws IOException {
            String text = TEXT.read(p, ctx);
            return text == null ? null : ResultCode.of(text);
        }

        @Override
        public void write(JsonGenerator g, ResultCode value, ProtocolVersion version) throws IOException {
            g.writeString(value.wireName(version));
        }
    };

    /** An unsigned 32-bit whole number (TransactionID, Lifetime, FCnt). */
    static final ValueCodec<Long> U32 = Numbers.whole(0, 0xFFFF_FFFFL, false);
    /**
     * TransactionID, an unsigned 32-bit whole number; a negative value of the signed 32-bit range is the
     * same 32 bits echoed by a peer that holds the ID in a signed integer, and is read as such
     * (-838178284 is 3456789012). Written unsigned.
     */
    static final ValueCodec<Long> TRANSACTION_ID = new ValueCodec<>() {
        private final ValueCodec<Long> wide = Numbers.whole(Integer.MIN_VALUE, 0xFFFF_FFFFL, false,
                "must be a whole number from 0 to 4294967295");

        @Override
        public Long read(JsonParser p, ReadContext ctx) throws IOException {
            Long value = wide.read(p, ctx);
            if (value == null || value >= 0) {
                return value;
            }
            return value + 0x1_0000_0000L;
        }

        @Override
        public void write(JsonGenerator g, Long value, ProtocolVersion version) throws IOException {
            g.writeNumber(value.longValue());
        }
    };
    /** An unsigned 32-bit whole number that may also come as a numeric string (Helium's DedupWindowSize). */
    static final ValueCodec<Long> U32_OR_STRING = Numbers.whole(0, 0xFFFF_FFFFL, true);
    /**
     * A whole number held as an int: an identifier, counter, index, code or protocol parameter (FPort,
     * DataRate, Battery, RxDelay, ...). Ranges are validation's business; this only bounds the value to
     * the Java type.
     */
    static final ValueCodec<Integer> INT = Numbers.narrow(Numbers.whole(Integer.MIN_VALUE, Integer.MAX_VALUE, false));
    /**
     * A measurement held as an int (RSSI, Margin, MaxEIRP): any JSON number, rounded to the nearest
     * integer, halves away from zero.
     */
    static final ValueCodec<Integer> MEASURED_INT =
            Numbers.narrow(Numbers.measured(Integer.MIN_VALUE, Integer.MAX_VALUE));
    /** A measurement held as an unsigned 32-bit long (FineRecvTime), rounded as {@link #MEASURED_INT}. */
    static final ValueCodec<Long> MEASURED_U32 = Numbers.measured(0, 0xFFFF_FFFFL);

    /** A floating-point number; integers accepted. */
    static final ValueCodec<Double> DOUBLE = new ValueCodec<>() {
        @Override
        public Double read(JsonParser p, ReadContext ctx) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                double value;
                try {
                    value = p.getDoubleValue();
                } catch (NumberFormatException e) {
                    throw new BadValue("number out of range");
                }
                if (Double.isInfinite(value)) {
                    throw new BadValue("number out of range");
                }
                return value;
            }
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            throw new BadValue("must be a number");
        }

        @Override
        public void write(JsonGenerator g, Double value, ProtocolVersion version) throws IOException {
            g.writeNumber(value.doubleValue());
        }
    };

    static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<>() {
        @Override
        public Boolean read(JsonParser p, ReadContext ctx) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            throw new BadValue("must be true or false");
        }

        @Override
        public void write(JsonGenerator g, Boolean value, ProtocolVersion version) throws IOException {
            g.writeBoolean(value);
        }
    };

    /** An enum whose constant names are the wire values. */
    static <E extends Enum<E>> ValueCodec<E> enumOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = "must be one of " + Arrays.toString(constants);
        return new ValueCodec<>() {
            @Override
            public E read(JsonParser p, ReadContext ctx) throws IOException {
                String text = TEXT.read(p, ctx);
                if (text == null) {
                    return null;
                }
                for (E e : constants) {
                    if (e.name().equals(text)) {
                        return e;
                    }
                }
                throw new BadValue(allowed);
            }

            @Override
            public void write(JsonGenerator g, E value, ProtocolVersion version) throws IOException {
                g.writeString(value.name());
            }
        };
    }

    /** RFC 3339: date, 'T', time with 0 to 9 fraction digits, 'Z' or an offset. */
    static Instant parseTime(CharSequence text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an RFC 3339 timestamp such as 2024-05-07T14:11:40Z");
        }
    }

    /**
     * Hex text: a prefix with no digits ({@code "0x"}, {@code "0X"}) is no bytes, and reads as absent
     * like {@code ""}.
     */
    private static <T> ValueCodec<T> hex(Function<CharSequence, T> parse, String what) {
        return text(t -> {
            if (t.length() == 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
                return null;
            }
            T value = parse.apply(t);
            return value instanceof HexBytes h && h.isEmpty() ? null : value;
        }, what);
    }

    private static <T> ValueCodec<T> text(Function<CharSequence, T> parse, String what) {
        return new ValueCodec<>() {
            @Override
            public T read(JsonParser p, ReadContext ctx) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_STRING) {
                    CharSequence text = ctx.textView(p);
                    if (text.length() == 0) {
                        return null;
                    }
                    try {
                        return parse.apply(text);
                    } catch (IllegalArgumentException e) {
                        throw new BadValue(e.getMessage());
                    }
                }
                if (t == JsonToken.VALUE_NULL) {
                    return null;
                }
                throw new BadValue(what == null ? "must be a string" : "must be a string (" + what + ")");
            }

            @Override
            public void write(JsonGenerator g, T value, ProtocolVersion version) throws IOException {
                g.writeString(value.toString());
            }
        };
    }
}
