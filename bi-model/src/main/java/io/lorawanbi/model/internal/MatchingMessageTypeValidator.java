package io.lorawanbi.model.internal;

import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.validation.MatchingMessageType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link MatchingMessageType}. Stateless and thread-safe. */
public final class MatchingMessageTypeValidator implements ConstraintValidator<MatchingMessageType, BiMessage> {

    @Override
    public boolean isValid(BiMessage message, ConstraintValidatorContext context) {
        String fault = ClassRules.messageTypeMismatch(message);
        if (fault == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(RecordRules.escape(fault))
                .addPropertyNode("header").addPropertyNode("messageType")
                .addConstraintViolation();
        return false;
    }
}
