package io.lorawanbi.model.internal;

import io.lorawanbi.model.validation.ExactlyOneOf;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link ExactlyOneOf}. Thread-safe after initialisation. */
public final class ExactlyOneOfValidator implements ConstraintValidator<ExactlyOneOf, Record> {

    private String[] members = new String[0];

    @Override
    public void initialize(ExactlyOneOf annotation) {
        members = annotation.value().clone();
    }

    @Override
    public boolean isValid(Record record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return ClassRules.exactlyOneOf(RecordRules.mask(record, members), members,
                RecordRules.wireNames(record.getClass(), members), RecordRules.sink(context));
    }
}
