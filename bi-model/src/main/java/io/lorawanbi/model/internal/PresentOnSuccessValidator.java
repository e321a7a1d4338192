package io.lorawanbi.model.internal;

import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.validation.PresentOnSuccess;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PresentOnSuccess}. Thread-safe after initialisation. */
public final class PresentOnSuccessValidator implements ConstraintValidator<PresentOnSuccess, BiAnswer> {

    private String[] members = new String[0];
    private String message = "";

    @Override
    public void initialize(PresentOnSuccess annotation) {
        members = annotation.value().clone();
        message = annotation.message();
    }

    @Override
    public boolean isValid(BiAnswer answer, ConstraintValidatorContext context) {
        if (!ClassRules.success(answer)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return ClassRules.presentOnSuccess(true, RecordRules.mask(answer, members), members, message,
                RecordRules.sink(context));
    }
}
