package io.lorawanbi.model.validation;

import java.lang.annotation.Annotation;
import java.util.Objects;

/**
 * One broken rule, as {@link MessageRules} reports it.
 *
 * @param memberPath the JSON member path of the fault, as {@link MemberPath} gives it for a Jakarta
 *     Validation violation ({@code "SenderNSID"}, {@code "ULMetaData.GWInfo[0].Lat"}; the header's
 *     members sit at the top level)
 * @param constraint the constraint annotation that is broken ({@code NotNull.class}, {@code ByteLength.class})
 * @param message the fault in words, as Hibernate Validator with its English messages and
 *     {@code ParameterMessageInterpolator} gives it; it never quotes the member's value
 */
public record RuleViolation(String memberPath, Class<? extends Annotation> constraint, String message) {

    /** Checks that no part is null. */
    public RuleViolation {
        Objects.requireNonNull(memberPath, "memberPath");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return memberPath + ": " + message + " (@" + constraint.getSimpleName() + ")";
    }
}
