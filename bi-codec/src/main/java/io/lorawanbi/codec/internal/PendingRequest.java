package io.lorawanbi.codec.internal;

import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import java.util.function.Supplier;

/**
 * A request whose header has been read and checked, and whose record is built and validated only when
 * asked for. Not thread-safe; one per exchange.
 */
public final class PendingRequest {

    private final Header header;
    private final Supplier<BiMessage> rest;

    PendingRequest(Header header, Supplier<BiMessage> rest) {
        this.header = header;
        this.rest = rest;
    }

    /** The request's header: a supported version, every required member, a request MessageType. */
    public Header header() {
        return header;
    }

    /**
     * The whole request, built and validated.
     *
     * @throws io.lorawanbi.codec.BiDecodeException if the request breaks its version's rules
     */
    public BiMessage decode() {
        return rest.get();
    }
}
