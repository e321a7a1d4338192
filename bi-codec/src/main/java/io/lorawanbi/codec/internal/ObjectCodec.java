package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.ProtocolVersion;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a nested object (Result, KeyEnvelope, ULMetaData, …) by walking its field table,
 * which {@link RecordMembers} reads from the record. Unknown members are skipped (within the limits);
 * a bad member value is recorded as a problem at its path and the rest of the object is still read.
 * Thread-safe.
 *
 * @param <T> the record type
 */
final class ObjectCodec<T> implements ValueCodec<T> {

    private final String what;
    private final Field<T>[] fields;
    private final Map<String, Integer> index;
    /** The canonical constructor, {@code (Object[])Object}. */
    private final MethodHandle constructor;
    /** Whether an object with no member present ({@code {}}) reads as absent. */
    private final boolean absentWhenEmpty;

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays of fields
    private ObjectCodec(Class<T> type, boolean absentWhenEmpty) {
        this.what = type.getSimpleName();
        this.fields = RecordMembers.fields(type, 0).toArray(new Field[0]);
        this.constructor = RecordMembers.constructor(type, 0);
        this.absentWhenEmpty = absentWhenEmpty;
        this.index = indexOf(this.fields);
    }

    /**
     * The codec of a record's object.
     *
     * @param absentWhenEmpty whether {@code {}} (every member absent) reads as absent
     */
    static <T> ObjectCodec<T> of(Class<T> type, boolean absentWhenEmpty) {
        return new ObjectCodec<>(type, absentWhenEmpty);
    }

    static Map<String, Integer> indexOf(Field<?>[] fields) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            if (index.put(fields[i].name, i) != null) {
                throw new IllegalStateException("duplicate member " + fields[i].name);
            }
            for (String alias : fields[i].aliases) {
                if (index.put(alias, i) != null) {
                    throw new IllegalStateException("duplicate member " + alias);
                }
            }
        }
        return Map.copyOf(index);
    }

    @Override
    @SuppressWarnings("unchecked") // the constructor makes a T
    public T read(JsonParser p, ReadContext ctx) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new BadValue("must be an object (" + what + ")");
        }
        Object[] values = new Object[fields.length];
        readMembers(p, ctx, index, fields, values);
        if (absentWhenEmpty && allAbsent(values)) {
            return null;
        }
        try {
            return (T) (Object) constructor.invokeExact(values);
        } catch (IllegalArgumentException | NullPointerException e) {
            ctx.problem("is not a valid " + what);
            return null;
        } catch (Throwable e) {
            throw RecordMembers.rethrow(e);
        }
    }

    private static boolean allAbsent(Object[] values) {
        for (Object v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the members of the object whose START_OBJECT is the current token, up to its END_OBJECT,
     * into {@code values} by field index.
     */
    static void readMembers(JsonParser p, ReadContext ctx, Map<String, Integer> index, Field<?>[] fields,
            Object[] values) throws IOException {
        int members = 0;
        boolean[] seen = null;
        java.util.Set<String> unknown = null;
        String name;
        while ((name = nextName(p, ctx)) != null) {
            ctx.checkMembers(++members);
            Integer i = index.get(name);
            ctx.push(name);
            try {
                p.nextToken(); // within the member, so that a limit broken by its value names it
                if (i == null) {
                    if (unknown == null) {
                        unknown = new java.util.HashSet<>();
                    }
                    if (!unknown.add(name)) {
                        throw ctx.fatal("duplicate member");
                    }
                    ctx.skip(p);
                    continue;
                }
                if (seen == null) {
                    seen = new boolean[fields.length];
                }
                if (seen[i]) {
                    throw ctx.fatal(name.equals(fields[i].name) ? "duplicate member"
                            : "duplicate member (another spelling of " + fields[i].name + ")");
                }
                seen[i] = true;
                try {
                    values[i] = fields[i].codec.read(p, ctx);
                } catch (BadValue e) {
                    ctx.problem(e.getMessage());
                    ctx.skip(p);
                }
            } catch (IOException e) {
                throw ctx.fatalFrom(e); // here, so that the path still names this member
            } finally {
                ctx.pop();
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw ctx.fatal("expected a member name or the end of the object");
        }
    }

    /**
     * The next member name, or {@code null} at the end of the object. The parser reads a number, and
     * the first character of any other value, together with the name: a fault found there (a number
     * over the limit, the end of the body) is reported at the member whose name was just read.
     */
    private static String nextName(JsonParser p, ReadContext ctx) throws IOException {
        JsonStreamContext object = p.getParsingContext();
        String last = object.getCurrentName();
        try {
            return p.nextFieldName();
        } catch (IOException e) {
            String read = object.getCurrentName();
            throw ctx.fatalFrom(e, read != null && !read.equals(last) ? read : null);
        }
    }

    @Override
    public void write(JsonGenerator g, T value, ProtocolVersion version) throws IOException {
        g.writeStartObject();
        writeMembers(g, value, version, fields);
        g.writeEndObject();
    }

    /** Writes the present members of a record in table order, by the emission rules. */
    static <T> void writeMembers(JsonGenerator g, T value, ProtocolVersion version, Field<T>[] fields)
            throws IOException {
        boolean is1_0 = ProtocolVersion.V1_0.equals(version);
        for (Field<T> f : fields) {
            Object v = f.getter.apply(value);
            if (f.emit == Field.Emit.ONLY_1_1 && is1_0) {
                continue;
            }
            if (f.emit != Field.Emit.ALWAYS && isEmpty(v)) {
                continue;
            }
            g.writeFieldName(f.name);
            if (v == null) {
                g.writeNull(); // unreachable for the ALWAYS members, which are never null
            } else {
                f.codec.write(g, v, version);
            }
        }
    }

    private static boolean isEmpty(Object v) {
        return v == null
                || (v instanceof String s && s.isEmpty())
                || (v instanceof HexBytes h && h.isEmpty())
                || (v instanceof List<?> l && l.isEmpty());
    }
}
