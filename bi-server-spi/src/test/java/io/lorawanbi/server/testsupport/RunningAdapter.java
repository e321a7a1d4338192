package io.lorawanbi.server.testsupport;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * A transport adapter started by an adapter contract test: the URI it serves at, the address its
 * socket is bound to, and how to stop it. The adapters' tests build one around their own server type.
 */
public final class RunningAdapter implements AutoCloseable {

    /** Stops an adapter; may assert that it stopped. */
    @FunctionalInterface
    public interface Stop {
        void stop();
    }

    private final URI uri;
    private final InetSocketAddress address;
    private final Stop stop;

    public RunningAdapter(URI uri, InetSocketAddress address, Stop stop) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.address = Objects.requireNonNull(address, "address");
        this.stop = Objects.requireNonNull(stop, "stop");
    }

    /** The URI the adapter serves at, such as {@code http://127.0.0.1:40123/}. */
    public URI uri() {
        return uri;
    }

    /** The bound socket address, with the port the system chose when asked for port 0. */
    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        stop.stop();
    }
}
