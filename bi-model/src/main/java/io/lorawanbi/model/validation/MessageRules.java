package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.GeneratedRules;
import io.lorawanbi.model.internal.Violations;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Objects;

/**
 * The rules of the model, checked by code generated at build time from the same Jakarta Validation
 * annotations that a Jakarta Validation provider reads: no reflection and no provider at run time.
 *
 * <p>For every model record, {@link #check(Object, Class...)} reports the same violations (member
 * path, constraint, message) as Hibernate Validator does for the same groups with its English messages
 * and {@code ParameterMessageInterpolator}; a differential test holds the two to that over every
 * fixture, peer vector, rule test and a mutation corpus. Messages are always English (Hibernate
 * Validator's follow the default locale).
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageRules {

    private static final Class<?>[] KNOWN_GROUPS = {
        Default.class, V1_0.class, V1_1.class, StrictNSIDs.class, Outbound.class
    };

    private MessageRules() {}

    /**
     * Checks a message, or any model record, against the rules of the given groups.
     *
     * @param object a message (any {@code BiMessage}) or a nested model record such as a
     *     {@code GWInfoElement}; member paths are relative to it
     * @param groups the groups, as {@link BiGroups} gives them; none means {@link Default}
     * @return the violations, empty when the object keeps every rule (in no particular order)
     * @throws IllegalArgumentException for a group other than {@code Default}, {@link V1_0},
     *     {@link V1_1}, {@link StrictNSIDs} and {@link Outbound}
     */
    public static List<RuleViolation> check(Object object, Class<?>... groups) {
        Objects.requireNonNull(object, "object");
        Violations out = new Violations();
        GeneratedRules.check(object, bits(groups), out);
        return out.list();
    }

    /**
     * Whether a type has rules to check: a record of the model that carries a constraint or nests a
     * record that does ({@code VSExtension}, for one, has none; checking it reports nothing).
     *
     * @param type a class
     * @return true for a record of the model that carries or nests a rule
     */
    public static boolean covers(Class<?> type) {
        return GeneratedRules.covers(type);
    }

    private static int bits(Class<?>[] groups) {
        if (groups.length == 0) {
            return 1;
        }
        int bits = 0;
        for (Class<?> group : groups) {
            int bit = -1;
            for (int i = 0; i < KNOWN_GROUPS.length; i++) {
                if (KNOWN_GROUPS[i] == group) {
                    bit = i;
                    break;
                }
            }
            if (bit < 0) {
                throw new IllegalArgumentException("not a group of the model's rules: " + group.getName());
            }
            bits |= 1 << bit;
        }
        return bits;
    }
}
