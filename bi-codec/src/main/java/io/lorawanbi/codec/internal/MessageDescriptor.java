package io.lorawanbi.codec.internal;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The body members of one message type, in specification order, and how to build the record from
 * a header and the member values. Immutable and thread-safe.
 *
 * @param <M> the message record
 */
final class MessageDescriptor<M extends BiMessage> {

    final MessageType type;
    final Field<M>[] fields;
    final BiFunction<Header, Object[], M> factory;
    /** The slot of each field in the reader's shared table; set once by {@link MessageTable}. */
    int[] slots;

    @SuppressWarnings({"unchecked", "rawtypes"}) // generic arrays of fields
    MessageDescriptor(MessageType type, List<Field<M>> fields, BiFunction<Header, Object[], M> factory) {
        this.type = type;
        this.fields = fields.toArray(new Field[0]);
        this.factory = factory;
    }
}
