package io.lorawanbi.server;

import io.lorawanbi.model.ProtocolVersion;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler knows about a request besides its message: who sent it, by when the answer is
 * due, and what the transport passed on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param peer the authenticated sender; its ID equals the request's SenderID
 * @param version the request's protocol version (1.0 or 1.1)
 * @param deadline the instant after which the server answers {@code Other} without the handler
 * @param remoteAddress the peer's address, if the transport knows it
 * @param attributes transport attributes from the {@link InboundRequest}
 */
public record RequestContext(
        AuthenticatedPeer peer,
        ProtocolVersion version,
        Instant deadline,
        Optional<InetSocketAddress> remoteAddress,
        Map<String, Object> attributes) {

    /** Copies the attributes. */
    public RequestContext {
        attributes = Map.copyOf(attributes);
    }
}
