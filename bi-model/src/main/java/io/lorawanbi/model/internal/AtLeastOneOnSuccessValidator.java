package io.lorawanbi.model.internal;

import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.validation.AtLeastOneOnSuccess;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link AtLeastOneOnSuccess}. Thread-safe after initialisation. */
public final class AtLeastOneOnSuccessValidator implements ConstraintValidator<AtLeastOneOnSuccess, BiAnswer> {

    private String[] members = new String[0];

    @Override
    public void initialize(AtLeastOneOnSuccess annotation) {
        members = annotation.value().clone();
    }

    @Override
    public boolean isValid(BiAnswer answer, ConstraintValidatorContext context) {
        if (!ClassRules.success(answer)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return ClassRules.atLeastOneOnSuccess(true, RecordRules.mask(answer, members), members,
                RecordRules.wireNames(answer.getClass(), members), RecordRules.sink(context));
    }
}
