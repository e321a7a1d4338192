/**
 * Metrics of a {@code BiServer} on Micrometer ({@link io.lorawanbi.micrometer.BiMetrics}), and a small
 * HTTP listener of its own serving them in Prometheus format with a health endpoint
 * ({@link io.lorawanbi.micrometer.MetricsServer}).
 */
module io.lorawanbi.micrometer {
    requires transitive io.lorawanbi.server;
    requires transitive micrometer.core;
    requires transitive micrometer.registry.prometheus;
    requires jdk.httpserver;
    requires static org.jspecify;

    exports io.lorawanbi.micrometer;
}
