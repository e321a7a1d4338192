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
        if (answer == null || answer.result() == null || answer.result().resultCode() == null
                || !answer.result().resultCode().isSuccess()) {
            return true;
        }
        if (RecordRules.present(answer, "nwkSKey")) {
            return true;
        }
        int present1_1 = 0;
        for (String key : KEYS_1_1) {
            if (RecordRules.present(answer, key)) {
                present1_1++;
            }
        }
        if (present1_1 == KEYS_1_1.length) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (present1_1 == 0) {
            RecordRules.violation(context, "nwkSKey", "a Success answer carries NwkSKey (LoRaWAN 1.0.x) "
                    + "or FNwkSIntKey, SNwkSIntKey and NwkSEncKey (LoRaWAN 1.1)");
        } else {
            for (String key : KEYS_1_1) {
                if (!RecordRules.present(answer, key)) {
                    RecordRules.violation(context, key, "is required with the other LoRaWAN 1.1 session keys");
                }
            }
        }
        return false;
    }
}
