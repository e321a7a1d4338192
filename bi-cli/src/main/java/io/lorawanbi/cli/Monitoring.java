package io.lorawanbi.cli;

import io.lorawanbi.micrometer.BiMetrics;
import io.lorawanbi.micrometer.MetricsServer;
import io.lorawanbi.micrometer.ReadinessCheck;
import io.lorawanbi.server.RequestLog;
import io.lorawanbi.server.ServerListener;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code serve} observes: the request log always (written if the threshold lets INFO through),
 * and, when a metrics address is given, the metrics with their own listener serving {@code /metrics}
 * and {@code /health}. Its health is ready only between {@link #serving()} and {@link #stopping()}.
 */
final class Monitoring implements AutoCloseable {

    private final ServerListener listener;
    private final @Nullable MetricsServer metrics;

    private Monitoring(ServerListener listener, @Nullable MetricsServer metrics) {
        this.listener = listener;
        this.metrics = metrics;
    }

    /**
     * Starts the metrics listener when an address is given.
     *
     * @param checks readiness checks for {@code /health} by name, beside the server's own
     * @throws UsageException if the metrics address cannot be bound
     */
    static Monitoring start(@Nullable InetSocketAddress metricsAddress, Map<String, ReadinessCheck> checks) {
        RequestLog log = RequestLog.create();
        if (metricsAddress == null) {
            return new Monitoring(log, null);
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MetricsServer server;
        try {
            MetricsServer.Builder builder = MetricsServer.builder(registry).address(metricsAddress).ready(false);
            checks.forEach(builder::readinessCheck);
            server = builder.start();
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot listen for metrics on " + metricsAddress.getHostString() + ":"
                    + metricsAddress.getPort() + " (" + Errors.plain(e.getCause()) + ")");
        }
        return new Monitoring(ServerListener.all(log, BiMetrics.create(registry)), server);
    }

    /** The listener to give the BI server. */
    ServerListener listener() {
        return listener;
    }

    /** The metrics listener's base URL, when there is one. */
    @Nullable String metricsUri() {
        return metrics == null ? null : metrics.uri().toString();
    }

    /** The BI listener is up: health turns UP. */
    void serving() {
        if (metrics != null) {
            metrics.ready(true);
        }
    }

    /** A stop began: health turns DOWN before the BI listener closes. */
    void stopping() {
        if (metrics != null) {
            metrics.ready(false);
        }
    }

    @Override
    public void close() {
        if (metrics != null) {
            metrics.close();
        }
    }
}
