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
        if (answer == null || answer.result() == null || answer.result().resultCode() == null
                || !answer.result().resultCode().isSuccess()) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        for (String member : members) {
            if (!RecordRules.present(answer, member)) {
                RecordRules.violation(context, member, message);
                valid = false;
            }
        }
        return valid;
    }
}
