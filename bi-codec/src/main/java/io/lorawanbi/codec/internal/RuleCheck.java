package io.lorawanbi.codec.internal;

import io.lorawanbi.codec.MemberProblem;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.validation.MemberPath;
import io.lorawanbi.model.validation.MessageRules;
import io.lorawanbi.model.validation.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the codec checks a message against the rules of its groups: with the rules generated at build
 * time ({@link #GENERATED}, the default: no reflection, no provider) or through a Jakarta Validation
 * {@link Validator} ({@link #jakarta}). Both report the same faults (the differential test holds them
 * to it); each implementation is thread-safe.
 */
public interface RuleCheck {

    /** The rules generated from the model's annotations ({@link MessageRules}). */
    RuleCheck GENERATED = new RuleCheck() {
        @Override
        public List<MemberProblem> check(BiMessage message, Class<?>[] groups) {
            List<RuleViolation> violations = MessageRules.check(message, groups);
            if (violations.isEmpty()) {
                return List.of();
            }
            List<MemberProblem> out = new ArrayList<>(violations.size());
            for (RuleViolation v : violations) {
                out.add(new MemberProblem(v.memberPath(), v.message()));
            }
            return out;
        }

        @Override
        public String toString() {
            return "generated rules";
        }
    };

    /**
     * The faults of a message under the given groups, in no particular order.
     *
     * @param message the message
     * @param groups the groups, as {@code BiGroups} gives them
     * @return the faults, empty when the message keeps every rule
     */
    List<MemberProblem> check(BiMessage message, Class<?>[] groups);

    /** The rules as a Jakarta Validation validator applies them. */
    static RuleCheck jakarta(Validator validator) {
        Objects.requireNonNull(validator, "validator");
        return new RuleCheck() {
            @Override
            public List<MemberProblem> check(BiMessage message, Class<?>[] groups) {
                Set<ConstraintViolation<BiMessage>> violations = validator.validate(message, groups);
                if (violations.isEmpty()) {
                    return List.of();
                }
                List<MemberProblem> out = new ArrayList<>(violations.size());
                for (ConstraintViolation<BiMessage> v : violations) {
                    out.add(new MemberProblem(MemberPath.of(v), v.getMessage()));
                }
                return out;
            }

            @Override
            public String toString() {
                return "Jakarta Validation (" + validator.getClass().getName() + ")";
            }
        };
    }
}
