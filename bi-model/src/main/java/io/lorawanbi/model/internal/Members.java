package io.lorawanbi.model.internal;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reflective view of the record components of model types, built once per class and cached: the
 * accessor, the wire name and the element type of each component. Used by the class-level validators
 * and by the member-path translation; never on an encoding or decoding path.
 *
 * <p>Thread-safe.
 */
public final class Members {

    /** One record component. */
    public record Member(String name, String wireName, Method accessor, Class<?> valueType) {

        /** The component's value in the given record. */
        public Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }

    private static final ClassValue<Map<String, Member>> CACHE = new ClassValue<>() {
        @Override
        protected Map<String, Member> computeValue(Class<?> type) {
            Map<String, Member> members = new LinkedHashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent c : components) {
                    WireName wn = c.getAnnotation(WireName.class);
                    members.put(c.getName(), new Member(c.getName(), wn != null ? wn.value() : c.getName(),
                            c.getAccessor(), valueType(c)));
                }
            }
            return Map.copyOf(members);
        }
    };

    private Members() {}

    /** The component of the given name, if the type is a record that has one. */
    public static Optional<Member> find(Class<?> type, String name) {
        return Optional.ofNullable(CACHE.get(type).get(name));
    }

    /**
     * The component of the given name.
     *
     * @throws IllegalArgumentException if there is none: a constraint names a component that does not exist
     */
    public static Member get(Class<?> type, String name) {
        return find(type, name).orElseThrow(() -> new IllegalArgumentException(
                type.getName() + " has no record component named " + name));
    }

    /** The wire name of a component, or the name itself when the type has no such component. */
    public static String wireName(Class<?> type, String name) {
        return find(type, name).map(Member::wireName).orElse(name);
    }

    /**
     * Whether a member value counts as present: not null, and not an empty hex value or empty text
     * (peers send {@code ""} for absent members).
     */
    public static boolean isPresent(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof HexBytes bytes) {
            return !bytes.isEmpty();
        }
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        return true;
    }

    private static Class<?> valueType(RecordComponent c) {
        Type generic = c.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return c.getType();
    }
}
