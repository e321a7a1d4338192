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
        if (header == null || header.messageType() == null) {
            return true; // presence is @NotNull's job
        }
        MessageType type = header.messageType();
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (!fits(header.senderId(), type.senderRole())) {
            RecordRules.violation(context, "senderId", "must be " + describe(type.senderRole()) + " when MessageType is " + type);
            valid = false;
        }
        if (!fits(header.receiverId(), type.receiverRole())) {
            RecordRules.violation(context, "receiverId", "must be " + describe(type.receiverRole()) + " when MessageType is " + type);
            valid = false;
        }
        if (header.protocolVersion() != null && header.protocolVersion().isSupported()
                && !type.existsIn(header.protocolVersion())) {
            RecordRules.violation(context, "messageType",
                    type + " does not exist in protocol version " + header.protocolVersion());
            valid = false;
        }
        return valid;
    }

    private static boolean fits(PartyID id, Role role) {
        return id == null || role == Role.ANY || id.role() == role;
    }

    private static String describe(Role role) {
        return switch (role) {
            case NETWORK_SERVER -> "a NetID (3 bytes of hex)";
            case JOIN_SERVER -> "a JoinEUI (8 bytes of hex)";
            case APPLICATION_SERVER -> "an AS-ID";
            case ANY -> "an identifier";
        };
    }
}
