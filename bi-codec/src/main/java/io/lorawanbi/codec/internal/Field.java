package io.lorawanbi.codec.internal;

import java.util.function.Function;

/**
 * One member of a message or nested object: its wire name and the names peers also send, its codec,
 * how to read it from the model, and its emission rules. Made from a record component by
 * {@link RecordMembers}; the header's are written out in {@link MessageTable}.
 *
 * @param <T> the type of the record that holds the member
 */
final class Field<T> {

    /** Emission rules. */
    enum Emit {
        /** Omitted when absent or empty (the default for optional members). */
        WHEN_PRESENT,
        /** Always emitted, even when empty: the model's {@code @AlwaysEmitted} (KEKLabel, GWInfo). */
        ALWAYS,
        /**
         * Emitted only in version 1.1, when present: the members the model holds absent in 1.0
         * ({@code @Null(groups = V1_0.class)}: SenderNSID, ReceiverNSID, HNSID).
         */
        ONLY_1_1
    }

    final String name;
    final String[] aliases;
    final ValueCodec<Object> codec;
    final Function<T, ?> getter;
    final Emit emit;

    @SuppressWarnings("unchecked")
    Field(String name, String[] aliases, ValueCodec<?> codec, Function<T, ?> getter, Emit emit) {
        this.name = name;
        this.aliases = aliases;
        this.codec = (ValueCodec<Object>) codec;
        this.getter = getter;
        this.emit = emit;
    }

    static <T> Field<T> of(String name, ValueCodec<?> codec, Function<T, ?> getter) {
        return new Field<>(name, new String[0], codec, getter, Emit.WHEN_PRESENT);
    }

    static <T> Field<T> of(String name, ValueCodec<?> codec, Function<T, ?> getter, Emit emit) {
        return new Field<>(name, new String[0], codec, getter, emit);
    }
}
