package io.lorawanbi.cli;

import io.lorawanbi.micrometer.ReadinessCheck;
import io.lorawanbi.model.NetID;
import io.lorawanbi.registry.jdbc.JdbcHomeNSHandler;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.JoinEuiRange;
import io.lorawanbi.server.jetty.BiJettyServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything {@code bi serve} runs, built from its configuration in one place: the device registry,
 * the sender authentication, the {@link BiServer}, the Jetty listener with TLS and its reload, the
 * request log and the metrics listener. Each section of the configuration is wired by one method here;
 * {@link #close()} turns the health DOWN, then stops them in reverse.
 */
final class ResponderAssembly implements AutoCloseable {

    /**
     * Jetty's own INFO lines (its version, each connector started) are not the tool's to print: its
     * loggers start at WARNING. A strong reference, or java.util.logging could forget the level.
     */
    private static final java.util.logging.Logger JETTY = java.util.logging.Logger.getLogger("org.eclipse.jetty");

    static {
        JETTY.setLevel(java.util.logging.Level.WARNING);
    }

    /** The name of the device registry's readiness check in {@code /health}. */
    static final String REGISTRY_CHECK = "device-registry";

    private final List<AutoCloseable> parts = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();
    private BiJettyServer http;
    private Monitoring monitoring;

    private ResponderAssembly() {}

    /**
     * Builds and starts the responder.
     *
     * @param insecureSenders SenderIDs believed without a credential ({@code --trust-sender})
     * @param environment where {@code env:} secrets are read
     * @param report where the listener tells of TLS reloads (standard error of the tool)
     * @throws UsageException when the configuration cannot be served
     */
    static ResponderAssembly start(ServeConfig config, Set<NetID> insecureSenders, Map<String, String> environment,
            Consumer<String> report) {
        ResponderAssembly a = new ResponderAssembly();
        try {
            int port = config.listen().port().orElseThrow(() -> new UsageException(
                    "no port: give --port or listen.port in the configuration"));
            BiServer.Builder server = BiServer.builder();
            Map<String, ReadinessCheck> checks = new LinkedHashMap<>();
            a.registry(config.registry(), config.answers(), server, environment, checks);
            a.monitoring(config.metrics(), server, checks);
            Authenticators trust = a.own(Authenticators.from(config.trust(), insecureSenders, environment));
            server.authenticator(trust.authenticator());
            a.summary.addAll(trust.kinds());
            a.listen(config, port, server.build(), trust, report);
            a.monitoring.serving();
            if (a.monitoring.metricsUri() != null) {
                a.summary.add("metrics on " + a.monitoring.metricsUri());
            }
            return a;
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
    }

    /**
     * The {@code metrics} section, and the request log: every exchange is logged (written when the
     * {@code log} threshold lets INFO through), and counted when a metrics listener is configured.
     */
    private void monitoring(Optional<MetricsConfig> metrics, BiServer.Builder server, Map<String, ReadinessCheck> checks) {
        monitoring = own(Monitoring.start(metrics.map(m -> new InetSocketAddress(m.bind(), m.port())).orElse(null),
                checks));
        server.listener(monitoring.listener());
    }

    /**
     * The {@code registry} and {@code answers} sections: the HomeNSReq handler and the ReceiverIDs served;
     * a database registry adds the readiness check {@value #REGISTRY_CHECK}, DOWN while the database does
     * not answer.
     */
    private void registry(RegistryConfig registry, AnswersConfig answers, BiServer.Builder server,
            Map<String, String> environment, Map<String, ReadinessCheck> checks) {
        if (registry.type().equals(RegistryConfig.JDBC)) {
            JdbcRegistryConfig jdbc = registry.jdbc().orElseThrow();
            if (answers.joinEuiRanges().isEmpty()) {
                throw new UsageException("registry.type jdbc needs answers.joinEuiRanges: the JoinEUIs answered for");
            }
            JdbcHomeNSHandler handler = own(JdbcRegistry.open(jdbc, answers, environment));
            server.homeNsHandler(handler);
            checks.put(REGISTRY_CHECK, () -> handler.ping() ? ReadinessCheck.Status.up()
                    : ReadinessCheck.Status.down("database unreachable"));
            answers.joinEuiRanges().forEach(server::answersFor);
            summary.add("devices from " + JdbcRegistry.describe(jdbc));
            return;
        }
        DeviceFile devices = DeviceFile.read(registry.csv().orElseThrow(() -> new UsageException(
                "no device registry: give --devices FILE or registry.csv.path in the configuration")));
        HomeNSHandler handler = Responder.handler(devices, answers.homeNetId(), answers.homeNsid());
        server.homeNsHandler(handler);
        if (answers.joinEuiRanges().isEmpty()) {
            server.answersFor(devices.joinEuis());
        } else {
            for (JoinEuiRange r : answers.joinEuiRanges()) {
                server.answersFor(r);
            }
        }
        summary.add(devices.size() + " device(s)");
    }

    /** The {@code listen} and {@code shutdown} sections: the Jetty listener, with TLS and its reload. */
    private void listen(ServeConfig config, int port, BiServer server, Authenticators trust, Consumer<String> report) {
        ListenConfig listen = config.listen();
        BiJettyServer.Builder b = BiJettyServer.builder(server)
                .address(new InetSocketAddress(listen.bind(), port))
                .stopTimeout(config.shutdown().grace());
        TlsFiles tls = null;
        if (listen.tls().isPresent()) {
            tls = own(TlsFiles.open(listen.tls().get(), trust.clientCas(), report));
            b.tls(tls.initial(), tls.clientAuth());
        }
        try {
            http = b.start();
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot listen on " + listen.bind() + ":" + port + " (" + Errors.plain(e.getCause()) + ")");
        } catch (IllegalStateException e) {
            throw new UsageException("cannot listen on " + listen.bind() + ":" + port + " (" + Errors.plain(e) + ")");
        }
        parts.add(http);
        if (tls != null) {
            tls.watch(http);
        }
    }

    private <T extends AutoCloseable> T own(T part) {
        parts.add(part);
        return part;
    }

    /** The listener's base URL. */
    URI uri() {
        return http.uri();
    }

    /** What is served and who is accepted, for the start-up line; never a secret. */
    List<String> summary() {
        return List.copyOf(summary);
    }

    /**
     * Stops the listener (exchanges in progress may finish within {@code shutdown.grace}) and every
     * other part, in reverse order of start.
     *
     * @throws IllegalStateException when a part fails to stop
     */
    @Override
    public void close() {
        if (monitoring != null) {
            monitoring.stopping(); // health turns DOWN before the listener stops taking exchanges
        }
        RuntimeException failure = null;
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        parts.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
