package io.lorawanbi.model.internal;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import org.jspecify.annotations.Nullable;

/**
 * The logic of the class-level constraints of {@code io.lorawanbi.model.validation}, stated once and
 * used by both implementations of the rules: the Jakarta Validation constraint validators of this
 * package (which read the components reflectively) and the validators generated at build time (which
 * read them through their accessors). Presence of the components is passed in as a bit mask, bit
 * {@code i} for the {@code i}-th component named by the constraint; each fault is reported to a
 * {@link Sink} by record component name.
 */
public final class ClassRules {

    /** Where a rule reports a fault: the record component at fault and the message. */
    @FunctionalInterface
    public interface Sink {
        /** Reports one fault on the named record component. */
        void add(String component, String message);
    }

    /** The components of {@code SessionKeysOnSuccess}, in the order of its presence mask. */
    public static final String[] SESSION_KEYS = {"nwkSKey", "fNwkSIntKey", "sNwkSIntKey", "nwkSEncKey"};

    private ClassRules() {}

    /** Whether an answer's Result is Success (the condition of the {@code ...OnSuccess} rules). */
    public static boolean success(@Nullable BiAnswer answer) {
        return answer != null && answer.result() != null && answer.result().resultCode() != null
                && answer.result().resultCode().isSuccess();
    }

    /** {@code ExactlyOneOf}: exactly one bit of {@code present} set. */
    public static boolean exactlyOneOf(int present, String[] components, String wireNames, Sink sink) {
        int count = Integer.bitCount(present);
        if (count == 1) {
            return true;
        }
        String message = "exactly one of " + wireNames + " must be present";
        if (count == 0) {
            sink.add(components[0], message);
        } else {
            for (int i = 0; i < components.length; i++) {
                if ((present & (1 << i)) != 0) {
                    sink.add(components[i], message);
                }
            }
        }
        return false;
    }

    /** {@code AtLeastOneOf}: some bit of {@code present} set. */
    public static boolean atLeastOneOf(int present, String[] components, String wireNames, Sink sink) {
        if (present != 0) {
            return true;
        }
        sink.add(components[0], "at least one of " + wireNames + " must be present");
        return false;
    }

    /** {@code AtLeastOneOnSuccess}: on Success, some bit of {@code present} set. */
    public static boolean atLeastOneOnSuccess(boolean success, int present, String[] components,
            String wireNames, Sink sink) {
        if (!success || present != 0) {
            return true;
        }
        sink.add(components[0], "a Success answer carries at least one of " + wireNames);
        return false;
    }

    /** {@code PresentOnSuccess}: on Success, every component present. */
    public static boolean presentOnSuccess(boolean success, int present, String[] components, String message,
            Sink sink) {
        if (!success) {
            return true;
        }
        boolean valid = true;
        for (int i = 0; i < components.length; i++) {
            if ((present & (1 << i)) == 0) {
                sink.add(components[i], message);
                valid = false;
            }
        }
        return valid;
    }

    /** {@code PresentWith}: {@code then} present whenever {@code when} is. */
    public static boolean presentWith(boolean whenPresent, boolean thenPresent, String then, String whenWireName,
            Sink sink) {
        if (!whenPresent || thenPresent) {
            return true;
        }
        sink.add(then, "is required when " + whenWireName + " is present");
        return false;
    }

    /** {@code SessionKeysOnSuccess}, with {@code present} over {@link #SESSION_KEYS}. */
    public static boolean sessionKeysOnSuccess(boolean success, int present, Sink sink) {
        if (!success || (present & 1) != 0) {
            return true;
        }
        int keys1_1 = present >>> 1;
        if (keys1_1 == 0b111) {
            return true;
        }
        if (keys1_1 == 0) {
            sink.add(SESSION_KEYS[0], "a Success answer carries NwkSKey (LoRaWAN 1.0.x) "
                    + "or FNwkSIntKey, SNwkSIntKey and NwkSEncKey (LoRaWAN 1.1)");
        } else {
            for (int i = 1; i < SESSION_KEYS.length; i++) {
                if ((present & (1 << i)) == 0) {
                    sink.add(SESSION_KEYS[i], "is required with the other LoRaWAN 1.1 session keys");
                }
            }
        }
        return false;
    }

    /** {@code ConsistentHeader}: SenderID and ReceiverID fit the MessageType's roles, which exists in the version. */
    public static boolean consistentHeader(@Nullable Header header, Sink sink) {
        if (header == null || header.messageType() == null) {
            return true; // presence is @NotNull's job
        }
        MessageType type = header.messageType();
        boolean valid = true;
        if (!fits(header.senderId(), type.senderRole())) {
            sink.add("senderId", "must be " + describe(type.senderRole()) + " when MessageType is " + type);
            valid = false;
        }
        if (!fits(header.receiverId(), type.receiverRole())) {
            sink.add("receiverId", "must be " + describe(type.receiverRole()) + " when MessageType is " + type);
            valid = false;
        }
        if (header.protocolVersion() != null && header.protocolVersion().isSupported()
                && !type.existsIn(header.protocolVersion())) {
            sink.add("messageType", type + " does not exist in protocol version " + header.protocolVersion());
            valid = false;
        }
        return valid;
    }

    /** {@code SenderNSIDRequired}: a 1.1 request from a Network Server carries SenderNSID. */
    public static boolean senderNsidRequired(@Nullable Header header, String message, Sink sink) {
        if (header == null || header.messageType() == null || header.senderNsid() != null) {
            return true;
        }
        boolean applies = ProtocolVersion.V1_1.equals(header.protocolVersion())
                && header.messageType().isRequest()
                && header.messageType().senderRole() == Role.NETWORK_SERVER;
        if (!applies) {
            return true;
        }
        sink.add("senderNsid", message);
        return false;
    }

    /**
     * {@code MatchingMessageType}: the fault's message when the header's MessageType names another
     * message class than the message's own, else {@code null}. The fault sits on the header's MessageType.
     */
    public static @Nullable String messageTypeMismatch(@Nullable BiMessage message) {
        if (message == null || message.header() == null || message.header().messageType() == null
                || message.header().messageType().messageClass() == message.getClass()) {
            return null;
        }
        return "is " + message.header().messageType() + " but the message is a " + message.getClass().getSimpleName();
    }

    /** {@code ByteLength}: the fault's message when the value is out of range, else {@code null}. */
    public static @Nullable String byteLength(@Nullable HexBytes value, int min, int max) {
        if (value == null || (value.length() >= min && value.length() <= max)) {
            return null;
        }
        String expected = min == max ? "must be " + min + " bytes"
                : max == Integer.MAX_VALUE ? "must be at least " + min + " byte" + (min == 1 ? "" : "s")
                : "must be " + min + " to " + max + " bytes";
        return expected + ", got " + value.length();
    }

    private static boolean fits(@Nullable PartyID id, Role role) {
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
