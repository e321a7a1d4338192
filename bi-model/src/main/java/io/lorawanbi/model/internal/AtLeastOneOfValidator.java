package io.lorawanbi.model.internal;

import io.lorawanbi.model.validation.AtLeastOneOf;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link AtLeastOneOf}. Thread-safe after initialisation. */
public final class AtLeastOneOfValidator implements ConstraintValidator<AtLeastOneOf, Record> {

    private String[] members = new String[0];

    @Override
    public void initialize(AtLeastOneOf annotation) {
        members = annotation.value().clone();
    }

    @Override
    public boolean isValid(Record record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return ClassRules.atLeastOneOf(RecordRules.mask(record, members), members,
                RecordRules.wireNames(record.getClass(), members), RecordRules.sink(context));
    }
}
