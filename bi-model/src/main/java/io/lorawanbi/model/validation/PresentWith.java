package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.PresentWithValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule: when member {@link #when()} is present, member {@link #then()} is present too
 * (for example DataRate1 with DLFreq1 in DLMetaData, TS002 §3.3). The violation names
 * {@link #then()}.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = PresentWithValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(PresentWith.List.class)
public @interface PresentWith {

    /** The record component name whose presence triggers the rule. */
    String when();

    /** The record component name that must then be present. */
    String then();

    /** The message template. */
    String message() default "is required when {when} is present";

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
        PresentWith[] value();
    }
}
