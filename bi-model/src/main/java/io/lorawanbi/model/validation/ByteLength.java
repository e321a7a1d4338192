package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.ByteLengthValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The number of bytes of a {@link io.lorawanbi.model.HexBytes} value lies within bounds (TS002 §3.4:
 * CFList is 16 bytes, an AES key 16 bytes, a wrapped key 24 or more). {@code null} is valid; pair it
 * with {@code @NotNull} for required members.
 */
@Documented
@SuppressWarnings("exports") // the validator is an implementation detail, instantiated reflectively
@Constraint(validatedBy = ByteLengthValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ByteLength {

    /** The least number of bytes. */
    int min() default 0;

    /** The greatest number of bytes. */
    int max() default Integer.MAX_VALUE;

    /** The message template. */
    String message() default "must be {min} to {max} bytes";

    /** The groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
