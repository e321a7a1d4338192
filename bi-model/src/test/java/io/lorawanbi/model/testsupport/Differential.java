package io.lorawanbi.model.testsupport;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.validation.BiGroups;
import io.lorawanbi.model.validation.MemberPath;
import io.lorawanbi.model.validation.MessageRules;
import io.lorawanbi.model.validation.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The two implementations of the model's rules side by side: Hibernate Validator reading the
 * annotations at run time, and the rules generated from them at build time ({@link MessageRules}).
 * Each violation is written as {@code "member path | @Constraint | message"}; the two must give the
 * same sorted lists for every object and every set of groups.
 */
public final class Differential {

    /** The sets of groups the codec validates with: each version, strict NSIDs, the way out, and none. */
    public static final List<Class<?>[]> GROUP_SETS = List.of(
            BiGroups.of(ProtocolVersion.V1_0),
            BiGroups.of(ProtocolVersion.V1_1),
            BiGroups.of(ProtocolVersion.V1_1, true),
            BiGroups.outbound(ProtocolVersion.V1_0, false),
            BiGroups.outbound(ProtocolVersion.V1_1, true),
            new Class<?>[] {Default.class});

    private Differential() {}

    /** The violations Hibernate Validator reports. */
    public static List<String> jakarta(Object object, Class<?>... groups) {
        List<String> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : Validation.validator().validate(object, groups)) {
            out.add(MemberPath.of(v) + " | @" + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                    + " | " + v.getMessage());
        }
        Collections.sort(out);
        return out;
    }

    /** The violations the generated rules report. */
    public static List<String> generated(Object object, Class<?>... groups) {
        List<String> out = new ArrayList<>();
        for (RuleViolation v : MessageRules.check(object, groups)) {
            out.add(v.memberPath() + " | @" + v.constraint().getSimpleName() + " | " + v.message());
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Requires the same violations from both under the given groups.
     *
     * @return the number of violations (the same from both)
     * @throws AssertionError naming the object, the groups and both lists when they differ
     */
    public static int requireSame(Object object, Class<?>... groups) {
        List<String> jakarta = jakarta(object, groups);
        List<String> generated = generated(object, groups);
        if (!jakarta.equals(generated)) {
            List<String> names = new ArrayList<>();
            for (Class<?> g : groups) {
                names.add(g.getSimpleName());
            }
            throw new AssertionError("the generated rules differ from Hibernate Validator under " + names + " for "
                    + object + "\n  Hibernate Validator: " + jakarta + "\n  generated:           " + generated);
        }
        return jakarta.size();
    }

    /** {@link #requireSame(Object, Class...)} under every set of {@link #GROUP_SETS}; the total of violations. */
    public static int requireSameUnderEveryGroupSet(Object object) {
        int total = 0;
        for (Class<?>[] groups : GROUP_SETS) {
            total += requireSame(object, groups);
        }
        return total;
    }
}
