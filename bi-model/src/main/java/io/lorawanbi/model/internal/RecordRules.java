package io.lorawanbi.model.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the class-level validators. Stateless and thread-safe. */
final class RecordRules {

    private RecordRules() {}

    /** Adds a violation on the named component with a literal message (no interpolation). */
    static void violation(ConstraintValidatorContext context, String component, String message) {
        context.buildConstraintViolationWithTemplate(escape(message))
                .addPropertyNode(component)
                .addConstraintViolation();
    }

    /** The wire names of the named components of a type, joined by ", ". */
    static String wireNames(Class<?> type, String... components) {
        List<String> names = new ArrayList<>(components.length);
        for (String c : components) {
            names.add(Members.wireName(type, c));
        }
        return String.join(", ", names);
    }

    /** Whether the named component of a record is present ({@link Members#isPresent(Object)}). */
    static boolean present(Object record, String component) {
        return Members.isPresent(Members.get(record.getClass(), component).get(record));
    }

    /** The presence of the named components of a record as a bit mask, bit {@code i} for {@code components[i]}. */
    static int mask(Object record, String[] components) {
        int mask = 0;
        for (int i = 0; i < components.length; i++) {
            if (present(record, components[i])) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /** A sink that adds each fault as a violation on the named component of the validated object. */
    static ClassRules.Sink sink(ConstraintValidatorContext context) {
        return (component, message) -> violation(context, component, message);
    }

    /** The message as a template that interpolates to itself. */
    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
