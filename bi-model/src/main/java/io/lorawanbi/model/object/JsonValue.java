package io.lorawanbi.model.object;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An opaque JSON value, for the parts of a message whose content the specification leaves to others
 * (the {@code Object} of a {@link VSExtension}). It lets the model carry any JSON without depending
 * on a JSON library.
 *
 * <p>Every implementation is an immutable record and thread-safe. Objects keep their members in the
 * order they came; numbers keep their exact decimal value.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
                JsonValue.JsonBoolean, JsonValue.JsonNull {

    /**
     * A JSON object: members by name, in their original order.
     *
     * @param members the members; copied into an unmodifiable map that keeps their order
     */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {

        private static final JsonObject EMPTY = new JsonObject(Map.of());

        /** Copies the members, keeping their order; rejects null names and values. */
        public JsonObject {
            Map<String, JsonValue> copy = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> e : members.entrySet()) {
                copy.put(Objects.requireNonNull(e.getKey(), "member name"), Objects.requireNonNull(e.getValue(), "member value"));
            }
            members = Collections.unmodifiableMap(copy);
        }

        /** The empty object. */
        public static JsonObject empty() {
            return EMPTY;
        }

        /** The member of that name, if present. */
        public Optional<JsonValue> get(String name) {
            return Optional.ofNullable(members.get(name));
        }
    }

    /**
     * A JSON array.
     *
     * @param elements the elements; copied
     */
    record JsonArray(List<JsonValue> elements) implements JsonValue {

        /** Copies the elements; rejects null elements. */
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A JSON string.
     *
     * @param value the text
     */
    record JsonString(String value) implements JsonValue {

        /** Rejects null. */
        public JsonString {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A JSON number, with its exact decimal value.
     *
     * @param value the value
     */
    record JsonNumber(BigDecimal value) implements JsonValue {

        /** Rejects null. */
        public JsonNumber {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value the value
     */
    record JsonBoolean(boolean value) implements JsonValue {}

    /** The JSON {@code null} literal. */
    record JsonNull() implements JsonValue {

        /** The instance. */
        public static final JsonNull INSTANCE = new JsonNull();
    }
}
