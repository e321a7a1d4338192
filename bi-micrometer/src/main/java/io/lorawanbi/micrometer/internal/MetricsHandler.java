package io.lorawanbi.micrometer.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.lorawanbi.micrometer.ReadinessCheck.Status;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Serves {@code GET /metrics} (Prometheus text, or OpenMetrics when the scraper asks for it) and
 * {@code GET /health} (the health document; 200 when every check is ready, else 503). {@code HEAD} is
 * answered like {@code GET} without a body; other methods get 405, a request with a body 413, other
 * paths 404. The exchange is closed on every path, also when writing fails. Thread-safe.
 */
public final class MetricsHandler implements HttpHandler {

    /** The Prometheus text exposition format 0.0.4. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    /** The OpenMetrics text format 1.0.0. */
    public static final String OPENMETRICS_TEXT = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.micrometer.MetricsServer");

    private final PrometheusMeterRegistry registry;
    private final HealthChecks health;
    private final BooleanSupplier running;

    /** A handler over the registry and the checks; {@code running} false makes the health DOWN. */
    public MetricsHandler(PrometheusMeterRegistry registry, HealthChecks health, BooleanSupplier running) {
        this.registry = registry;
        this.health = health;
        this.running = running;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            respond(exchange);
        } catch (IOException | RuntimeException e) {
            // The scraper hung up, or the registry failed: nothing more to send on this exchange.
            LOG.log(System.Logger.Level.DEBUG, () -> "metrics exchange ended: " + e.getClass().getName());
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n", false);
            return;
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (exchange.getRequestHeaders().containsKey("Transfer-Encoding") || length != null && !length.equals("0")) {
            exchange.getResponseHeaders().set("Connection", "close");
            send(exchange, 413, "text/plain; charset=utf-8", "no request body is accepted\n", false);
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if ("/metrics".equals(path)) {
            String type = accepts(exchange, "application/openmetrics-text") ? OPENMETRICS_TEXT : PROMETHEUS_TEXT;
            send(exchange, 200, type, registry.scrape(type), head);
        } else if ("/health".equals(path)) {
            Map<String, Status> results = new LinkedHashMap<>();
            results.put("server", running.getAsBoolean() ? Status.up()
                    : Status.down("not running"));
            results.putAll(health.run());
            boolean up = results.values().stream().allMatch(Status::ready);
            send(exchange, up ? 200 : 503, "application/json", HealthChecks.json(results), head);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "not found: GET /metrics or /health\n", head);
        }
    }

    private static boolean accepts(HttpExchange exchange, String type) {
        List<String> accept = exchange.getRequestHeaders().get("Accept");
        return accept != null && accept.stream().anyMatch(a -> a.contains(type));
    }

    private static void send(HttpExchange exchange, int status, String type, String body, boolean head) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
