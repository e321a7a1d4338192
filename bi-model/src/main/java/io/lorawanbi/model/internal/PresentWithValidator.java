package io.lorawanbi.model.internal;

import io.lorawanbi.model.validation.PresentWith;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PresentWith}. Thread-safe after initialisation. */
public final class PresentWithValidator implements ConstraintValidator<PresentWith, Record> {

    private String when = "";
    private String then = "";

    @Override
    public void initialize(PresentWith annotation) {
        when = annotation.when();
        then = annotation.then();
    }

    @Override
    public boolean isValid(Record record, ConstraintValidatorContext context) {
        if (record == null || !RecordRules.present(record, when) || RecordRules.present(record, then)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        RecordRules.violation(context, then,
                "is required when " + Members.wireName(record.getClass(), when) + " is present");
        return false;
    }
}
