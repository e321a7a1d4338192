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
        String fault = ClassRules.byteLength(value, min, max);
        if (fault == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(RecordRules.escape(fault)).addConstraintViolation();
        return false;
    }
}
