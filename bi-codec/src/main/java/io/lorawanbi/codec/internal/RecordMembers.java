package io.lorawanbi.codec.internal;

import io.lorawanbi.model.AlwaysEmitted;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.V1_0;
import jakarta.validation.constraints.Null;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the members of a model record once, by reflection, at start-up: each component becomes a
 * {@link Field} whose name and aliases are its {@code @WireName}, whose codec follows from its type
 * and the model's marks ({@link MemberCodecs}), and whose emission rule is the model's:
 * {@link AlwaysEmitted} members are emitted even when empty, and members that must be absent in 1.0
 * ({@code @Null(groups = V1_0.class)}: SenderNSID, ReceiverNSID, HNSID) are emitted only in 1.1.
 * Components are taken in declaration order, which is the specification's member order.
 *
 * <p>Nothing reflective runs per message: a getter is a class made by {@link LambdaMetafactory} that
 * calls the accessor, and a record is built through a {@link MethodHandle} of its canonical
 * constructor.
 */
final class RecordMembers {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private RecordMembers() {}

    /**
     * The fields of a record's components from index {@code first} on (1 skips a message's header).
     *
     * @throws IllegalStateException if a component has no {@code @WireName} or no codec
     */
    static <T> List<Field<T>> fields(Class<T> type, int first) {
        RecordComponent[] components = type.getRecordComponents();
        List<Field<T>> out = new ArrayList<>();
        for (int i = first; i < components.length; i++) {
            RecordComponent c = components[i];
            WireName name = c.getAnnotation(WireName.class);
            if (name == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no @WireName");
            }
            out.add(new Field<>(name.value(), name.aliases(), MemberCodecs.codecOf(c), getter(c), emit(c)));
        }
        return out;
    }

    /**
     * The record's canonical constructor, typed {@code (Object[])Object} with {@code leading} 0, or
     * {@code (Object, Object[])Object} with {@code leading} 1: the first argument (a message's header)
     * apart, the others spread from one array in component order.
     */
    static MethodHandle constructor(Class<?> type, int leading) {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            MethodHandle constructor = LOOKUP.findConstructor(type, MethodType.methodType(void.class, parameters));
            return constructor.asType(MethodType.genericMethodType(parameters.length))
                    .asSpreader(Object[].class, parameters.length - leading);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor for " + type.getName(), e);
        }
    }

    /** Throws what a constructor handle threw, as an unchecked exception. */
    static RuntimeException rethrow(Throwable thrown) {
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(thrown);
    }

    /** The emission rule the model states for a component. */
    static Field.Emit emit(RecordComponent c) {
        boolean always = c.isAnnotationPresent(AlwaysEmitted.class);
        boolean only1_1 = Arrays.stream(c.getAccessor().getAnnotationsByType(Null.class))
                .anyMatch(n -> Arrays.asList(n.groups()).contains(V1_0.class));
        if (always && only1_1) {
            throw new IllegalStateException(c.getName() + " is both always emitted and 1.1-only");
        }
        return always ? Field.Emit.ALWAYS : only1_1 ? Field.Emit.ONLY_1_1 : Field.Emit.WHEN_PRESENT;
    }

    @SuppressWarnings("unchecked")
    private static <T> Function<T, ?> getter(RecordComponent c) {
        Method accessor = c.getAccessor();
        try {
            MethodHandle handle = LOOKUP.unreflect(accessor);
            return (Function<T, ?>) LambdaMetafactory.metafactory(LOOKUP, "apply",
                            MethodType.methodType(Function.class),
                            MethodType.methodType(Object.class, Object.class), handle, handle.type())
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("no getter for " + accessor, e);
        }
    }
}
