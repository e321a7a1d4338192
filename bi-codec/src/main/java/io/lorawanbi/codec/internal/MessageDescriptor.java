package io.lorawanbi.codec.internal;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;

/**
 * The body members of one message type, in specification order, read from its record: the first
 * component is the {@link Header}, every other one a body member ({@link RecordMembers}). Builds the
 * record from a header and the member values. Immutable and thread-safe.
 *
 * @param <M> the message record
 */
final class MessageDescriptor<M extends BiMessage> {

    final MessageType type;
    final Field<M>[] fields;
    /** The canonical constructor, {@code (Object, Object[])Object}: the header, then the members. */
    private final MethodHandle constructor;
    /** The slot of each field in the reader's shared table; set once by {@link MessageTable}. */
    int[] slots;

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays of fields
    private MessageDescriptor(MessageType type, Class<M> record) {
        RecordComponent[] components = record.getRecordComponents();
        if (components.length == 0 || components[0].getType() != Header.class) {
            throw new IllegalStateException(record.getSimpleName() + " does not begin with its Header");
        }
        this.type = type;
        this.fields = RecordMembers.fields(record, 1).toArray(new Field[0]);
        this.constructor = RecordMembers.constructor(record, 1);
    }

    /** The descriptor of a message type, from its record. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the record of a MessageType is a BiMessage
    static MessageDescriptor<?> of(MessageType type) {
        return new MessageDescriptor(type, type.messageClass());
    }

    /** The message of a header and the member values, in field order. */
    @SuppressWarnings("unchecked") // the constructor makes an M
    M create(Header header, Object[] values) {
        try {
            return (M) (Object) constructor.invokeExact((Object) header, values);
        } catch (Throwable e) {
            throw RecordMembers.rethrow(e);
        }
    }
}
