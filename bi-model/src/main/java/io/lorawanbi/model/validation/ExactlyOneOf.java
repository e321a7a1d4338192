package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.ExactlyOneOfValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule: exactly one of the named members is present (for example PHYPayload or
 * FRMPayload in XmitDataReq, TS002 §3.2). The violation names the first member, or every present
 * member when more than one is.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = ExactlyOneOfValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ExactlyOneOf.List.class)
public @interface ExactlyOneOf {

    /** The record component names, at least two. */
    String[] value();

    /** The message template. */
    String message() default "exactly one of {value} must be present";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /** Several rules on one type. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** The rules. */
        ExactlyOneOf[] value();
    }
}
