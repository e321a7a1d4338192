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
        if (answer == null || answer.result() == null || answer.result().resultCode() == null
                || !answer.result().resultCode().isSuccess()) {
            return true;
        }
        for (String member : members) {
            if (RecordRules.present(answer, member)) {
                return true;
            }
        }
        context.disableDefaultConstraintViolation();
        RecordRules.violation(context, members[0], "a Success answer carries at least one of "
                + RecordRules.wireNames(answer.getClass(), members));
        return false;
    }
}
