package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.ConsistentHeaderValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rules of the common header (TS002 §2.1, §2.2): the SenderID and ReceiverID have the
 * form of the roles the MessageType fixes (a NetID for a Network Server, a JoinEUI for a Join Server,
 * an AS-ID for an Application Server), and the MessageType exists in the header's ProtocolVersion
 * (no notifications in 1.0). Violations name {@code SenderID}, {@code ReceiverID} or
 * {@code MessageType}.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = ConsistentHeaderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentHeader {

    /** The message template. */
    String message() default "does not fit the MessageType";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
