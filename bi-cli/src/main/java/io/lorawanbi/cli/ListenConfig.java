package io.lorawanbi.cli;

import java.util.Optional;

/**
 * The {@code listen} section of {@code bi serve}'s configuration: where the responder listens, and
 * TLS.
 *
 * @param bind the address to bind, a literal IPv4 or IPv6 address or a host name; {@code 0.0.0.0} or
 *     {@code ::} for every interface
 * @param port the TCP port, 0 to 65535 (0 picks a free one); required from the file or {@code --port}
 * @param tls HTTPS from PEM files; plain HTTP when absent
 */
record ListenConfig(String bind, Optional<Integer> port, Optional<TlsConfig> tls) {

    /** The default address: loopback, so that nothing is exposed by accident. */
    static final String DEFAULT_BIND = "127.0.0.1";

    static ListenConfig defaults() {
        return new ListenConfig(DEFAULT_BIND, Optional.empty(), Optional.empty());
    }

    static ListenConfig read(ConfigNode n) {
        n.only("bind", "port", "tls");
        return new ListenConfig(n.string("bind").orElse(DEFAULT_BIND), n.integer("port", 0, 65535),
                n.section("tls").map(TlsConfig::read));
    }

    ListenConfig withBind(String value) {
        return new ListenConfig(value, port, tls);
    }

    ListenConfig withPort(int value) {
        return new ListenConfig(bind, Optional.of(value), tls);
    }

    ListenConfig withTls(Optional<TlsConfig> value) {
        return new ListenConfig(bind, port, value);
    }
}
