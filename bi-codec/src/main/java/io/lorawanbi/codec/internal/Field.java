package io.lorawanbi.codec.internal;

import java.util.function.Function;

/**
 * One member of a message or nested object: its wire name and the names peers also send, its codec,
 * how to read it from the model, and its emission rules.
 *
 * @param <T> the type of the record that holds the member
 */
final class Field<T> {

    /** Emission rules. */
    enum Emit {
        /** Omitted when absent or empty (the default for optional members). */
        WHEN_PRESENT,
        /** Always emitted, even when empty (KEKLabel; GWInfo, which ChirpStack requires). */
        ALWAYS,
        /** Emitted only in version 1.1 (NSIDs, HNSID), when present. */
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

    static <T> Field<T> aliased(String name, String[] aliases, ValueCodec<?> codec, Function<T, ?> getter) {
        return new Field<>(name, aliases, codec, getter, Emit.WHEN_PRESENT);
    }
}
