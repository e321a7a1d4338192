package io.lorawanbi.codec.internal;

import static java.util.Map.entry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.Measurement;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.NumericString;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.VendorID;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.JsonValue;
import io.lorawanbi.model.object.VSExtension;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codec of each member, from its Java type and what the model states about it; nothing here
 * names a member.
 *
 * <ul>
 *   <li>{@code String}: text, {@code ""} absent; the identifiers and encodings ({@code HexBytes},
 *       {@code EUI64}, {@code NetID}, {@code DevAddr}, {@code VendorID}, {@code DLSettings},
 *       {@code MACVersion}, {@code ResultCode}), {@code Instant}, {@code Boolean}, {@code Double}
 *       (any number): {@link Scalars}; {@code JsonValue}: {@link JsonValueCodec}.
 *   <li>{@code Integer}: a whole number, or with {@link Measurement} any number, rounded
 *       (docs/codec.md "Numbers").
 *   <li>{@code Long}, the model's type for the specification's unsigned 32-bit numbers: a whole number
 *       from 0 to 4294967295; with {@link Measurement} any number, rounded; with {@link NumericString}
 *       also a string of digits.
 *   <li>An enum: its constant names. A {@code List}: an array of its element type. A record: an object
 *       of its components ({@link RecordMembers}), read through its canonical constructor.
 *   <li>Two types add a reading rule of their own: a {@code Result} member may be a bare ResultCode
 *       string, and an empty {@code VSExtension} ({@code {}}) is absent.
 * </ul>
 *
 * <p>One codec per type (and marks), so that a member has the same codec in every message. Built at
 * start-up, under class initialisation; a type without a codec fails it.
 */
final class MemberCodecs {

    private MemberCodecs() {}

    private static final Map<Class<?>, ValueCodec<?>> SCALARS = Map.ofEntries(
            entry(String.class, Scalars.TEXT),
            entry(HexBytes.class, Scalars.HEX),
            entry(EUI64.class, Scalars.EUI_64),
            entry(NetID.class, Scalars.NET_ID),
            entry(DevAddr.class, Scalars.DEV_ADDR),
            entry(VendorID.class, Scalars.VENDOR_ID),
            entry(DLSettings.class, Scalars.DL_SETTINGS),
            entry(MACVersion.class, Scalars.MAC_VERSION),
            entry(ResultCode.class, Scalars.RESULT_CODE),
            entry(Instant.class, Scalars.TIME),
            entry(Boolean.class, Scalars.BOOLEAN),
            entry(Double.class, Scalars.DOUBLE),
            entry(JsonValue.class, JsonValueCodec.INSTANCE));

    /** The codecs of enums, records and lists made so far. */
    private static final Map<Object, ValueCodec<?>> MADE = new HashMap<>();

    static final ObjectCodec<Result> RESULT = ObjectCodec.of(Result.class, false);

    /**
     * The Result member: the object, or a bare ResultCode string ({@code "Result":"Success"}, as an
     * early Join Server sends it), read as a Result without Description. Always written as the object.
     */
    static final ValueCodec<Result> RESULT_MEMBER = new ValueCodec<>() {
        @Override
        public Result read(JsonParser p, ReadContext ctx) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                ResultCode code = Scalars.RESULT_CODE.read(p, ctx);
                return code == null ? null : new Result(code, null);
            }
            return RESULT.read(p, ctx);
        }

        @Override
        public void write(JsonGenerator g, Result value, ProtocolVersion version) throws IOException {
            RESULT.write(g, value, version);
        }
    };

    /** VSExtension; {@code {}} (brocaar sends it on every message) reads as absent. */
    static final ObjectCodec<VSExtension> VS_EXTENSION = ObjectCodec.of(VSExtension.class, true);

    /** The codec of a record component. */
    static synchronized ValueCodec<?> codecOf(RecordComponent c) {
        Class<?> type = c.getType();
        boolean measurement = c.isAnnotationPresent(Measurement.class);
        boolean numericString = c.isAnnotationPresent(NumericString.class);
        String member = c.getDeclaringRecord().getSimpleName() + "." + c.getName();
        if (measurement && type != Integer.class && type != Long.class) {
            throw new IllegalStateException(member + ": @Measurement on a member not held as Integer or Long");
        }
        if (numericString && (type != Long.class || measurement)) {
            throw new IllegalStateException(member + ": @NumericString on a member not held as a whole Long");
        }
        if (type == Integer.class) {
            return measurement ? Scalars.MEASURED_INT : Scalars.INT;
        }
        if (type == Long.class) {
            return measurement ? Scalars.MEASURED_U32 : numericString ? Scalars.U32_OR_STRING : Scalars.U32;
        }
        if (type == List.class && c.getGenericType() instanceof ParameterizedType list) {
            return listOf(list.getActualTypeArguments()[0], member);
        }
        return codecOf(type, member);
    }

    private static ValueCodec<?> codecOf(Class<?> type, String member) {
        ValueCodec<?> scalar = SCALARS.get(type);
        if (scalar != null) {
            return scalar;
        }
        if (type == Result.class) {
            return RESULT_MEMBER;
        }
        if (type == VSExtension.class) {
            return VS_EXTENSION;
        }
        ValueCodec<?> made = MADE.get(type);
        if (made == null) {
            if (type.isEnum()) {
                made = enumOf(type);
            } else if (type.isRecord()) {
                made = ObjectCodec.of(type, false); // may make the codecs of its members first
            } else {
                throw new IllegalStateException(member + ": no codec for " + type.getName());
            }
            MADE.put(type, made);
        }
        return made;
    }

    private static ValueCodec<?> listOf(Type element, String member) {
        if (!(element instanceof Class<?> elementType)) {
            throw new IllegalStateException(member + ": no codec for a list of " + element);
        }
        List<Object> key = List.of(List.class, elementType);
        ValueCodec<?> made = MADE.get(key);
        if (made == null) {
            made = new ListCodec<>(codecOf(elementType, member));
            MADE.put(key, made);
        }
        return made;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueCodec<?> enumOf(Class<?> type) {
        return Scalars.enumOf((Class) type);
    }
}
