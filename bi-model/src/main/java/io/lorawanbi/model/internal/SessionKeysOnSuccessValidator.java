package io.lorawanbi.model.internal;

import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.validation.SessionKeysOnSuccess;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SessionKeysOnSuccess}. Stateless and thread-safe. */
public final class SessionKeysOnSuccessValidator implements ConstraintValidator<SessionKeysOnSuccess, BiAnswer> {

    private static final String[] KEYS_1_1 = {"fNwkSIntKey", "sNwkSIntKey", "nwkSEncKey"};

    @Override
    public boolean isValid(BiAnswer answer, ConstraintValidatorContext context) {
        if (!ClassRules.success(answer)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        return ClassRules.sessionKeysOnSuccess(true, RecordRules.mask(answer, ClassRules.SESSION_KEYS),
                RecordRules.sink(context));
    }
}
