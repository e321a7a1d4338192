package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.AtLeastOneOnSuccessValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of an answer: when its {@code Result.ResultCode} is {@code Success}, at least one
 * of the named members is present (for JoinAns: AppSKey or SessionKeyID, TS002 §3.2). The violation
 * names the first member.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = AtLeastOneOnSuccessValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AtLeastOneOnSuccess {

    /** The record component names, at least two. */
    String[] value();

    /** The message template (the violation's own message names the members by their wire names). */
    String message() default "a Success answer carries at least one of the members";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
