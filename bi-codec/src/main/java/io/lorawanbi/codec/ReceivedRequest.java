package io.lorawanbi.codec;

import io.lorawanbi.codec.internal.PendingRequest;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;

/**
 * A request read once by {@link BiCodec#readRequest(byte[])}: its header, checked as a receiver checks
 * it first (docs/reference.md §5.9), is available at once; the record is built and validated only by
 * {@link #decode()}, after the receiver has authenticated the sender. Nothing the body holds beyond the
 * header is reported before {@code decode()}. Not thread-safe; one per exchange.
 */
public final class ReceivedRequest {

    private final PendingRequest pending;

    ReceivedRequest(PendingRequest pending) {
        this.pending = pending;
    }

    /**
     * The request's header: ProtocolVersion 1.0 or 1.1, every required member, a request MessageType.
     * It is the header of the record {@link #decode()} returns.
     */
    public Header header() {
        return pending.header();
    }

    /**
     * The whole request, of the record class of its MessageType, validated against the rules of its
     * version as {@link BiCodec#decode(byte[])} validates it. Each call builds it again.
     *
     * @throws BiDecodeException if the request breaks its version's rules (addressed: the header was
     *     read)
     */
    public BiMessage decode() {
        return pending.decode();
    }
}
