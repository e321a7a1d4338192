package io.lorawanbi.model.internal;

import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.validation.MatchingMessageType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link MatchingMessageType}. Stateless and thread-safe. */
public final class MatchingMessageTypeValidator implements ConstraintValidator<MatchingMessageType, BiMessage> {

    @Override
    public boolean isValid(BiMessage message, ConstraintValidatorContext context) {
        if (message == null || message.header() == null || message.header().messageType() == null
                || message.header().messageType().messageClass() == message.getClass()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("is " + message.header().messageType()
                        + " but the message is a " + message.getClass().getSimpleName())
                .addPropertyNode("header").addPropertyNode("messageType")
                .addConstraintViolation();
        return false;
    }
}
