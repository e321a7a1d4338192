/**
 * Metrics of a {@code BiServer}: {@link io.lorawanbi.micrometer.BiMetrics} counts exchanges and their
 * latency by MessageType and ResultCode in any Micrometer registry; {@link io.lorawanbi.micrometer.MetricsServer}
 * serves a Prometheus registry at {@code GET /metrics} and the server's readiness at {@code GET /health}
 * on a listener of its own (docs/metrics.md).
 */
package io.lorawanbi.micrometer;
