package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.PresentOnSuccessValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of an answer: the named members are present when its {@code Result.ResultCode} is
 * {@code Success} (the "C (Success)" members of TS002 §3.2, such as HNetID of HomeNSAns). One
 * violation per missing member, naming it.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = PresentOnSuccessValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PresentOnSuccess {

    /** The record component names of the members required on success. */
    String[] value();

    /** The message template. */
    String message() default "is required when the ResultCode is Success";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
