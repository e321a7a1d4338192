package io.lorawanbi.model.internal;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.validation.ByteLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ByteLength}. Thread-safe after initialisation. */
public final class ByteLengthValidator implements ConstraintValidator<ByteLength, HexBytes> {

    private int min;
    private int max;

    @Override
    public void initialize(ByteLength annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(HexBytes value, ConstraintValidatorContext context) {
        if (value == null || (value.length() >= min && value.length() <= max)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String expected = min == max ? "must be " + min + " bytes"
                : max == Integer.MAX_VALUE ? "must be at least " + min + " byte" + (min == 1 ? "" : "s")
                : "must be " + min + " to " + max + " bytes";
        context.buildConstraintViolationWithTemplate(expected + ", got " + value.length())
                .addConstraintViolation();
        return false;
    }
}
