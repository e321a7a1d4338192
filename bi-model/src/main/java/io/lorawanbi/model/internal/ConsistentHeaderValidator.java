package io.lorawanbi.model.internal;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.validation.ConsistentHeader;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentHeader}. Stateless and thread-safe. */
public final class ConsistentHeaderValidator implements ConstraintValidator<ConsistentHeader, Header> {

    @Override
    public boolean isValid(Header header, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        return ClassRules.consistentHeader(header, RecordRules.sink(context));
    }
}
