package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.SenderNSIDRequiredValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of the header: a 1.1 request whose sender is a Network Server carries
 * {@code SenderNSID}. Applied only in the {@link StrictNSIDs} group. The violation names
 * {@code SenderNSID}.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = SenderNSIDRequiredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SenderNSIDRequired {

    /** The message template. */
    String message() default "is required in a 1.1 request from a Network Server";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
