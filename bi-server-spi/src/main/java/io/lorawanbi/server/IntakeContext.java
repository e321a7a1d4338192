package io.lorawanbi.server;

import io.lorawanbi.model.ProtocolVersion;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AnswerConsumer} or {@link NotificationConsumer} knows about a posted message besides
 * the message itself: who sent it, by when the consumer must complete, the body as received, and what
 * the transport passed on.
 *
 * <p>Immutable and thread-safe: the body is copied in and out.
 */
public final class IntakeContext {

    private final AuthenticatedPeer peer;
    private final ProtocolVersion version;
    private final Instant deadline;
    private final Optional<InetSocketAddress> remoteAddress;
    private final Map<String, Object> attributes;
    private final byte[] body;

    /**
     * A context; {@link BiServer} makes one for every posted answer and notification, tests of
     * consumers may make their own.
     *
     * @param peer the authenticated sender; its ID equals the message's SenderID
     * @param version the message's protocol version (1.0 or 1.1)
     * @param deadline the instant after which the server stops waiting for the consumer
     * @param remoteAddress the peer's address, if the transport knows it
     * @param attributes transport attributes from the {@link InboundRequest}
     * @param body the message as received: UTF-8 JSON, copied
     */
    public IntakeContext(AuthenticatedPeer peer, ProtocolVersion version, Instant deadline,
            Optional<InetSocketAddress> remoteAddress, Map<String, Object> attributes, byte[] body) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.version = Objects.requireNonNull(version, "version");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
        this.attributes = Map.copyOf(attributes);
        this.body = Objects.requireNonNull(body, "body").clone();
    }

    /** The authenticated sender; its ID equals the message's SenderID. */
    public AuthenticatedPeer peer() {
        return peer;
    }

    /** The message's protocol version (1.0 or 1.1). */
    public ProtocolVersion version() {
        return version;
    }

    /** The instant after which the server answers the POST without waiting for the consumer. */
    public Instant deadline() {
        return deadline;
    }

    /** The peer's address, if the transport knows it. */
    public Optional<InetSocketAddress> remoteAddress() {
        return remoteAddress;
    }

    /** Transport attributes from the {@link InboundRequest}. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /**
     * The message as received, UTF-8 JSON (for example to hand an answer to another instance as the
     * peer sent it). A fresh copy.
     */
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "IntakeContext[" + peer.id() + ", " + version + ", " + body.length + " bytes]";
    }
}
