package io.lorawanbi.model.internal;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.validation.SenderNSIDRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SenderNSIDRequired}. Stateless and thread-safe. */
public final class SenderNSIDRequiredValidator implements ConstraintValidator<SenderNSIDRequired, Header> {

    @Override
    public boolean isValid(Header header, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        return ClassRules.senderNsidRequired(header, context.getDefaultConstraintMessageTemplate(),
                RecordRules.sink(context));
    }
}
