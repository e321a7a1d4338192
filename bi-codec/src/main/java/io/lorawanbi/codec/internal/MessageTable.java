package io.lorawanbi.codec.internal;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared top-level member table. A message is read in one pass, whatever the order of its members
 * (MessageType may come last): every member known to any message type has a slot, and once the whole
 * object is read the MessageType picks the slots its record needs. A member name has one codec across
 * all message types; construction fails if two tables disagree. Immutable and thread-safe.
 */
final class MessageTable {

    static final int PROTOCOL_VERSION = 0;
    static final int SENDER_ID = 1;
    static final int RECEIVER_ID = 2;
    static final int TRANSACTION_ID = 3;
    static final int MESSAGE_TYPE = 4;
    static final int SENDER_TOKEN = 5;
    static final int RECEIVER_TOKEN = 6;
    static final int SENDER_NSID = 7;
    static final int RECEIVER_NSID = 8;
    static final int VS_EXTENSION = 9;
    static final int HEADER_SLOTS = 10;

    /**
     * The header members, in specification order (TS002 §2.1). Unlike the body members, read from the
     * records, the header is read as text and interpreted by {@link Engine} (the version and the
     * MessageType decide how the rest is read); a test holds these names to {@link Header}'s
     * {@code @WireName}s.
     */
    static final List<Field<Header>> HEADER = List.of(
            Field.of("ProtocolVersion", Scalars.TEXT, h -> h.protocolVersion() == null ? null : h.protocolVersion().value()),
            Field.of("SenderID", Scalars.TEXT, h -> h.senderId() == null ? null : h.senderId().toString()),
            Field.of("ReceiverID", Scalars.TEXT, h -> h.receiverId() == null ? null : h.receiverId().toString()),
            Field.of("TransactionID", Scalars.TRANSACTION_ID, Header::transactionId),
            Field.of("MessageType", Scalars.TEXT, h -> h.messageType() == null ? null : h.messageType().wireName()),
            Field.of("SenderToken", Scalars.HEX, Header::senderToken),
            Field.of("ReceiverToken", Scalars.HEX, Header::receiverToken),
            Field.of("SenderNSID", Scalars.EUI_64, Header::senderNsid, Field.Emit.ONLY_1_1),
            Field.of("ReceiverNSID", Scalars.EUI_64, Header::receiverNsid, Field.Emit.ONLY_1_1),
            Field.of("VSExtension", MemberCodecs.VS_EXTENSION, Header::vsExtension));

    /** Every slot's field (name, aliases, codec); the getter is unused for reading. */
    final Field<?>[] slots;
    /** Slot by member name and alias. */
    final Map<String, Integer> slotIndex;
    /** Header slots only, for peeking. */
    final Map<String, Integer> headerIndex;
    final Field<Header>[] headerFields;
    final Map<MessageType, MessageDescriptor<?>> byType;
    final Map<Class<?>, MessageDescriptor<?>> byClass;
    /** For each type, the top-level member names its record has (header included). */
    final Map<MessageType, Set<String>> membersByType;

    static final MessageTable INSTANCE = new MessageTable();

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays of fields
    private MessageTable() {
        List<Field<?>> all = new ArrayList<>(HEADER);
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            byName.put(HEADER.get(i).name, i);
        }
        Map<MessageType, MessageDescriptor<?>> types = new EnumMap<>(MessageType.class);
        Map<Class<?>, MessageDescriptor<?>> classes = new HashMap<>();
        Map<MessageType, Set<String>> members = new EnumMap<>(MessageType.class);
        for (MessageType type : MessageType.values()) {
            MessageDescriptor<?> d = MessageDescriptor.of(type);
            int[] slotsOfType = new int[d.fields.length];
            Set<String> names = new HashSet<>(byName.keySet().stream().limit(HEADER_SLOTS).toList());
            for (int i = 0; i < d.fields.length; i++) {
                Field<?> f = d.fields[i];
                Integer slot = byName.get(f.name);
                if (slot == null) {
                    slot = all.size();
                    all.add(f);
                    byName.put(f.name, slot);
                } else if (all.get(slot).codec != f.codec) {
                    throw new IllegalStateException("member " + f.name + " has two codecs");
                }
                slotsOfType[i] = slot;
                names.add(f.name);
            }
            d.slots = slotsOfType;
            types.put(d.type, d);
            classes.put(d.type.messageClass(), d);
            members.put(d.type, Set.copyOf(names));
        }
        this.slots = all.toArray(new Field<?>[0]);
        this.slotIndex = ObjectCodec.indexOf(this.slots);
        this.headerFields = HEADER.toArray(new Field[0]);
        this.headerIndex = ObjectCodec.indexOf(this.headerFields);
        this.byType = types;
        this.byClass = Map.copyOf(classes);
        this.membersByType = members;
    }
}
