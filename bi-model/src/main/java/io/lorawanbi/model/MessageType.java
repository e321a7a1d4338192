package io.lorawanbi.model;

import static io.lorawanbi.model.Role.ANY;
import static io.lorawanbi.model.Role.APPLICATION_SERVER;
import static io.lorawanbi.model.Role.JOIN_SERVER;
import static io.lorawanbi.model.Role.NETWORK_SERVER;

import io.lorawanbi.model.message.BiMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code MessageType} of a Backend Interfaces message (TS002 §2.1, §3.1). Constant names are the
 * wire names.
 *
 * <p>Each type knows its kind, the roles of its sender and receiver (which fix the form of
 * SenderID and ReceiverID, docs/reference.md §2.2), the answer type of a request, the versions it exists in, and the
 * model class that represents it. A MessageType text that is not one of these constants has no model
 * class; {@link #fromWireName(String)} returns empty for it, and a decoder reports it together with
 * the raw text.
 */
public enum MessageType {
    /** Join request, NS → JS. */
    JoinReq(Kind.REQUEST, NETWORK_SERVER, JOIN_SERVER, true, io.lorawanbi.model.message.JoinReq.class),
    /** Join answer, JS → NS. */
    JoinAns(Kind.ANSWER, JOIN_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.JoinAns.class),
    /** Rejoin request, NS → JS. Accepted in both versions (docs/reference.md §3.1, notes). */
    RejoinReq(Kind.REQUEST, NETWORK_SERVER, JOIN_SERVER, true, io.lorawanbi.model.message.RejoinReq.class),
    /** Rejoin answer, JS → NS. */
    RejoinAns(Kind.ANSWER, JOIN_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.RejoinAns.class),
    /** AppSKey request, AS → JS. */
    AppSKeyReq(Kind.REQUEST, APPLICATION_SERVER, JOIN_SERVER, true, io.lorawanbi.model.message.AppSKeyReq.class),
    /** AppSKey answer, JS → AS. */
    AppSKeyAns(Kind.ANSWER, JOIN_SERVER, APPLICATION_SERVER, true, io.lorawanbi.model.message.AppSKeyAns.class),
    /** Passive roaming start request, fNS → sNS. */
    PRStartReq(Kind.REQUEST, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.PRStartReq.class),
    /** Passive roaming start answer, sNS → fNS. */
    PRStartAns(Kind.ANSWER, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.PRStartAns.class),
    /** Passive roaming stop request, sNS → fNS. */
    PRStopReq(Kind.REQUEST, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.PRStopReq.class),
    /** Passive roaming stop answer, fNS → sNS. */
    PRStopAns(Kind.ANSWER, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.PRStopAns.class),
    /** Handover roaming start request, sNS → hNS. */
    HRStartReq(Kind.REQUEST, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.HRStartReq.class),
    /** Handover roaming start answer, hNS → sNS. */
    HRStartAns(Kind.ANSWER, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.HRStartAns.class),
    /** Handover roaming stop request, hNS ↔ sNS. */
    HRStopReq(Kind.REQUEST, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.HRStopReq.class),
    /** Handover roaming stop answer. */
    HRStopAns(Kind.ANSWER, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.HRStopAns.class),
    /** Home NS request ("which network is this device's home?"), NS → JS. */
    HomeNSReq(Kind.REQUEST, NETWORK_SERVER, JOIN_SERVER, true, io.lorawanbi.model.message.HomeNSReq.class),
    /** Home NS answer, JS → NS. */
    HomeNSAns(Kind.ANSWER, JOIN_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.HomeNSAns.class),
    /** Profile request, sNS → hNS. */
    ProfileReq(Kind.REQUEST, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.ProfileReq.class),
    /** Profile answer, hNS → sNS. */
    ProfileAns(Kind.ANSWER, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.ProfileAns.class),
    /** Data transmission request, NS ↔ NS (uplink or downlink). */
    XmitDataReq(Kind.REQUEST, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.XmitDataReq.class),
    /** Data transmission answer. */
    XmitDataAns(Kind.ANSWER, NETWORK_SERVER, NETWORK_SERVER, true, io.lorawanbi.model.message.XmitDataAns.class),
    /** Passive roaming start notification, fNS → sNS (1.1 only). */
    PRStartNotif(Kind.NOTIFICATION, NETWORK_SERVER, NETWORK_SERVER, false, io.lorawanbi.model.message.PRStartNotif.class),
    /** Error notification, from a receiver to the sender of a message it could not process (1.1 only). */
    ErrorNotif(Kind.NOTIFICATION, ANY, ANY, false, io.lorawanbi.model.message.ErrorNotif.class);

    /** The three kinds of message. */
    public enum Kind {
        /** A request, which has an answer type. */
        REQUEST,
        /** An answer to a request; it carries a {@code Result}. */
        ANSWER,
        /** A notification: no answer; it carries a {@code Result}. */
        NOTIFICATION
    }

    private static final Map<String, MessageType> BY_NAME = new HashMap<>();

    static {
        for (MessageType t : values()) {
            BY_NAME.put(t.name(), t);
        }
    }

    private final Kind kind;
    private final Role senderRole;
    private final Role receiverRole;
    private final boolean in1_0;
    private final Class<? extends BiMessage> messageClass;

    MessageType(Kind kind, Role senderRole, Role receiverRole, boolean in1_0, Class<? extends BiMessage> messageClass) {
        this.kind = kind;
        this.senderRole = senderRole;
        this.receiverRole = receiverRole;
        this.in1_0 = in1_0;
        this.messageClass = messageClass;
    }

    /**
     * The type with this exact (case-sensitive) wire name, or empty if there is none.
     */
    public static Optional<MessageType> fromWireName(String name) {
        return Optional.ofNullable(BY_NAME.get(Objects.requireNonNull(name, "name")));
    }

    /** The wire name, which is also the constant's name. */
    public String wireName() {
        return name();
    }

    /** Request, answer or notification. */
    public Kind kind() {
        return kind;
    }

    /** Whether this is a request type. */
    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }

    /** Whether this is an answer type. */
    public boolean isAnswer() {
        return kind == Kind.ANSWER;
    }

    /** The role of the sender, which fixes the form of the SenderID. */
    public Role senderRole() {
        return senderRole;
    }

    /** The role of the receiver, which fixes the form of the ReceiverID. */
    public Role receiverRole() {
        return receiverRole;
    }

    /** For a request, its answer type ({@code HomeNSReq} → {@code HomeNSAns}); otherwise empty. */
    public Optional<MessageType> answerType() {
        return kind == Kind.REQUEST ? Pairs.OTHER[ordinal()] : Optional.empty();
    }

    /** The request/answer pairs, worked out once: each exchange asks for them. */
    private static final class Pairs {
        @SuppressWarnings("unchecked")
        static final Optional<MessageType>[] OTHER = new Optional[values().length];

        static {
            for (MessageType t : values()) {
                String base = t.name().substring(0, t.name().length() - 3);
                OTHER[t.ordinal()] = t.kind == Kind.REQUEST ? Optional.of(valueOf(base + "Ans"))
                        : t.kind == Kind.ANSWER ? Optional.of(valueOf(base + "Req")) : Optional.empty();
            }
        }
    }

    /** For an answer, the request type it answers; otherwise empty. */
    public Optional<MessageType> requestType() {
        return kind == Kind.ANSWER ? Pairs.OTHER[ordinal()] : Optional.empty();
    }

    /**
     * Whether this type exists in the given protocol version: every type exists in 1.1, the
     * notifications do not exist in 1.0, and no type exists in an unsupported version.
     */
    public boolean existsIn(ProtocolVersion version) {
        if (ProtocolVersion.V1_1.equals(version)) {
            return true;
        }
        return ProtocolVersion.V1_0.equals(version) && in1_0;
    }

    /** The model record that represents messages of this type. */
    public Class<? extends BiMessage> messageClass() {
        return messageClass;
    }
}
