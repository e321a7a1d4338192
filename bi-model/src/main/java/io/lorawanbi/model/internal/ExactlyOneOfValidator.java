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
        List<String> present = new ArrayList<>();
        for (String member : members) {
            if (RecordRules.present(record, member)) {
                present.add(member);
            }
        }
        if (present.size() == 1) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String message = "exactly one of " + RecordRules.wireNames(record.getClass(), members) + " must be present";
        if (present.isEmpty()) {
            RecordRules.violation(context, members[0], message);
        } else {
            for (String member : present) {
                RecordRules.violation(context, member, message);
            }
        }
        return false;
    }
}
