package io.lorawanbi.model.testsupport;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.validation.BiGroups;
import io.lorawanbi.model.validation.MemberPath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * One validator for all tests, bootstrapped without an expression-language implementation. Every
 * check made through it is also made by the generated rules ({@link Differential}), which must agree:
 * so every rule test's broken instance is part of the differential test.
 */
public final class Validation {

    private static final Validator VALIDATOR = jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    private Validation() {}

    public static Validator validator() {
        return VALIDATOR;
    }

    /** The violations of a message under the groups of its own version, as "MemberPath: message". */
    public static Set<String> violations(BiMessage message) {
        return violations(message, message.protocolVersion());
    }

    /** The violations of a message under the groups of the given version, as "MemberPath: message". */
    public static Set<String> violations(BiMessage message, ProtocolVersion version) {
        Differential.requireSame(message, BiGroups.of(version));
        return describe(VALIDATOR.validate(message, BiGroups.of(version)));
    }

    /** The violations of any model object under the given groups, as "MemberPath: message". */
    public static Set<String> violations(Object object, Class<?>... groups) {
        Differential.requireSame(object, groups);
        return describe(VALIDATOR.validate(object, groups));
    }

    /** The member paths alone of the violations of a message under its own version's groups. */
    public static Set<String> paths(BiMessage message) {
        Differential.requireSame(message, BiGroups.of(message.protocolVersion()));
        Set<String> out = new TreeSet<>();
        for (ConstraintViolation<BiMessage> v : VALIDATOR.validate(message, BiGroups.of(message.protocolVersion()))) {
            out.add(MemberPath.of(v));
        }
        return out;
    }

    private static <T> Set<String> describe(Set<ConstraintViolation<T>> violations) {
        Set<String> out = new TreeSet<>();
        for (ConstraintViolation<T> v : violations) {
            out.add(MemberPath.of(v) + ": " + v.getMessage());
        }
        return out;
    }
}
