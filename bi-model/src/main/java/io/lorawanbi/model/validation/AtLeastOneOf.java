package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.AtLeastOneOfValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule: at least one of the named members is present (for example DLFreq1 or DLFreq2 in
 * DLMetaData, TS002 §3.3). The violation names the first member.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = AtLeastOneOfValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AtLeastOneOf {

    /** The record component names, at least two. */
    String[] value();

    /** The message template. */
    String message() default "at least one of {value} must be present";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
