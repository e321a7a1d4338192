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

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
