package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.MatchingMessageTypeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of every message: the header's MessageType names the record's own type (a
 * {@code HomeNSReq} record says {@code "HomeNSReq"}). The violation names {@code MessageType}.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = MatchingMessageTypeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MatchingMessageType {

    /** The message template. */
    String message() default "does not match the message";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
