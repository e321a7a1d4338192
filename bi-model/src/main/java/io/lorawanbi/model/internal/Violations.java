package io.lorawanbi.model.internal;

import io.lorawanbi.model.validation.RuleViolation;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects the violations found by the generated rules ({@code GeneratedRules}), and serves as the
 * {@link ClassRules.Sink} of a class-level rule once {@link #at} has said where the record sits.
 * One per check; not thread-safe. Allocates nothing until a fault is found.
 */
public final class Violations implements ClassRules.Sink {

    private List<RuleViolation> list = List.of();
    private String parent = "";
    private String name = "";
    private int index = -1;
    private UnaryOperator<String> wireNames = UnaryOperator.identity();
    private Class<? extends Annotation> constraint = Annotation.class;

    /** Creates an empty collector. */
    public Violations() {}

    /** The JSON member path of a member under a prefix ({@code ""} at the top level). */
    public static String join(String prefix, String wireName) {
        return prefix.isEmpty() ? wireName : prefix + "." + wireName;
    }

    /**
     * The JSON member path of a record given in three parts: the path of the object holding it, its
     * member name ({@code ""} at the top), and its index in an array member ({@code -1} for none).
     */
    public static String path(String parent, String name, int index) {
        String member = name.isEmpty() ? parent : join(parent, name);
        return index < 0 ? member : element(member, index);
    }

    /** The JSON member path of an element of an array member. */
    public static String element(String arrayPath, int index) {
        return arrayPath + "[" + index + "]";
    }

    /**
     * Sets where the following {@link #add(String, String)} calls report: the path of the record, its
     * components' wire names and the class-level constraint being checked.
     */
    public Violations at(String parent, String name, int index, UnaryOperator<String> wireNames,
            Class<? extends Annotation> constraint) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.wireNames = wireNames;
        this.constraint = constraint;
        return this;
    }

    @Override
    public void add(String component, String message) {
        add(join(path(parent, name, index), wireNames.apply(component)), constraint, message);
    }

    /** Adds a violation. */
    public void add(String path, Class<? extends Annotation> constraint, String message) {
        if (list.isEmpty()) {
            list = new ArrayList<>(4);
        }
        list.add(new RuleViolation(path, constraint, message));
    }

    /** The violations found, or an empty immutable list. */
    public List<RuleViolation> list() {
        return list.isEmpty() ? List.of() : List.copyOf(list);
    }
}
