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
        if (record == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return ClassRules.presentWith(RecordRules.present(record, when), RecordRules.present(record, then), then,
                Members.wireName(record.getClass(), when), RecordRules.sink(context));
    }
}
