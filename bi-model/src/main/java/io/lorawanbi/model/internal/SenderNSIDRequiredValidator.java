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
        if (header == null || header.messageType() == null || header.senderNsid() != null) {
            return true;
        }
        boolean applies = ProtocolVersion.V1_1.equals(header.protocolVersion())
                && header.messageType().isRequest()
                && header.messageType().senderRole() == Role.NETWORK_SERVER;
        if (!applies) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        RecordRules.violation(context, "senderNsid", context.getDefaultConstraintMessageTemplate());
        return false;
    }
}
