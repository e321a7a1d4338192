package io.lorawanbi.model.testsupport;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Broken and edge-case copies of a model record, for the differential test of the rules: each copy
 * differs from the original in one member, anywhere in the tree (the message, its header, nested
 * objects, array elements), set to {@code null} or to a value at or beyond a bound of its type (NaN,
 * {@code -0.0}, infinities, empty and over-long hex, every MessageType, every role of SenderID and
 * ReceiverID, an unsupported ProtocolVersion, ...). A copy whose constructor refuses the value is
 * skipped.
 */
public final class Variants {

    private Variants() {}

    /**
     * Passes every one-member variant of the record (not the record itself) to the consumer, and, for
     * a record with class-level rules (which weigh several members together), every copy with two of
     * its members absent.
     */
    public static void forEach(Record record, Consumer<Object> consumer) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (hasClassRules(record.getClass())) {
            for (int i = 0; i < components.length; i++) {
                for (int j = i + 1; j < components.length; j++) {
                    if (value(components[i], record) != null && value(components[j], record) != null) {
                        int second = j;
                        with(record, i, null, copy -> with((Record) copy, second, null, consumer));
                    }
                }
            }
        }
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object current = value(c, record);
            int index = i;
            for (Object candidate : candidates(c.getType(), current)) {
                with(record, index, candidate, consumer);
            }
            if (current instanceof Record nested) {
                forEach(nested, variant -> with(record, index, variant, consumer));
            } else if (current instanceof List<?> list) {
                for (int e = 0; e < list.size(); e++) {
                    int element = e;
                    if (list.get(e) instanceof Record nested) {
                        forEach(nested, variant -> {
                            List<Object> copy = new ArrayList<>(list);
                            copy.set(element, variant);
                            with(record, index, copy, consumer);
                        });
                    }
                }
            }
        }
    }

    private static boolean hasClassRules(Class<?> type) {
        for (java.lang.annotation.Annotation a : type.getAnnotations()) {
            Class<?> t = a.annotationType();
            if (t.isAnnotationPresent(jakarta.validation.Constraint.class)
                    || (t.getEnclosingClass() != null && t.getEnclosingClass().isAnnotationPresent(jakarta.validation.Constraint.class))) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> candidates(Class<?> type, Object current) {
        List<Object> out = new ArrayList<>();
        if (!type.isPrimitive()) {
            out.add(null);
        }
        if (type == Long.class) {
            out.addAll(List.of(-1L, 0L, 999_999_999L, 1_000_000_000L, 4_294_967_295L, 4_294_967_296L, Long.MIN_VALUE));
        } else if (type == Integer.class) {
            out.addAll(List.of(-1, 0, 7, 8, 15, 16, 255, 256, Integer.MIN_VALUE));
        } else if (type == Double.class) {
            out.addAll(List.of(Double.NaN, -0.0, 0.0, -1.0, 1.0, 1.5, 90.0, 90.5, -90.0, -90.5, 180.0, 180.5, -180.5,
                    Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.nextUp(1.0), Math.nextDown(-90.0)));
        } else if (type == HexBytes.class) {
            for (int n : new int[] {0, 1, 2, 15, 16, 17, 40, 41}) {
                out.add(HexBytes.of(new byte[n]));
            }
        } else if (type == String.class) {
            out.addAll(List.of("", "x", "a".repeat(4096), "a".repeat(4097)));
        } else if (type == EUI64.class) {
            out.add(Fixtures.NSID);
        } else if (type == PartyID.class) {
            out.addAll(List.of(Fixtures.NET_ID, Fixtures.JOIN_EUI, Fixtures.AS_ID));
        } else if (type == ProtocolVersion.class) {
            out.addAll(List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1, ProtocolVersion.of("1.2")));
        } else if (type == MessageType.class) {
            out.addAll(Arrays.asList(MessageType.values()));
        } else if (type == ResultCode.class) {
            out.addAll(List.of(ResultCode.Success, ResultCode.MalformedRequest));
        } else if (type.isEnum()) {
            out.addAll(Arrays.asList(type.getEnumConstants()));
        } else if (type == List.class) {
            out.add(List.of());
            out.add(Collections.singletonList(null));
        }
        out.remove(current);
        return out;
    }

    private static Object value(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void with(Record record, int index, Object value, Consumer<Object> consumer) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == index ? value : value(components[i], record);
            types[i] = components[i].getType();
        }
        Object copy;
        try {
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            copy = constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            return; // the constructor refuses the value: not a state a message can be in
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        consumer.accept(copy);
    }
}
