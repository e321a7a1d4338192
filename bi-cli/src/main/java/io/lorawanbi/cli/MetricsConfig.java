package io.lorawanbi.cli;

/**
 * The {@code metrics} section: a separate listener for Prometheus metrics and health.
 *
 * @param bind the address to bind; loopback by default
 * @param port the TCP port (required)
 */
record MetricsConfig(String bind, int port) {

    static MetricsConfig read(ConfigNode n) {
        n.only("bind", "port");
        return new MetricsConfig(n.string("bind").orElse(ListenConfig.DEFAULT_BIND),
                n.integer("port", 0, 65535).orElseThrow(() -> n.error("port is required")));
    }
}
