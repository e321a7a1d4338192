package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.SessionKeysOnSuccessValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level rule of JoinAns, RejoinAns and HRStartAns (TS002 §3.2): a Success answer carries the
 * network session keys of one LoRaWAN generation, either {@code NwkSKey} (1.0.x devices) or all of
 * {@code FNwkSIntKey}, {@code SNwkSIntKey} and {@code NwkSEncKey} (1.1 devices). Either set is
 * accepted, whichever the device's version; a partial 1.1 set names each missing key, and no keys at
 * all names {@code NwkSKey}.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = SessionKeysOnSuccessValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SessionKeysOnSuccess {

    /** The message template. */
    String message() default "a Success answer carries NwkSKey, or FNwkSIntKey, SNwkSIntKey and NwkSEncKey";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
