package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bi serve}: a HomeNS responder on 127.0.0.1 until SIGINT or SIGTERM. A shutdown hook stops the
 * server; when the tool owns the process, it then ends it with status 0.
 */
@Command(name = "serve", descriptionHeading = "%n", optionListHeading = "%nOptions:%n", parameterListHeading = "%nParameters:%n",
        description = {
    "A HomeNSReq responder on 127.0.0.1:PORT until SIGINT or SIGTERM (then it stops the server and exits 0).",
    "FILE is CSV with the header line join_eui,dev_eui,home_net_id,home_ns_id; home_ns_id may be empty; "
            + "lines starting with # are comments.",
    "A SenderID not given with --trust-sender is answered UnknownSender; a ReceiverID that is no join_eui "
            + "of the file UnkownReceiver (the spelling of the specification); an unknown device UnknownDevEUI.",
    "Each exchange is logged as one key=value line on standard error (see --log-level). With --metrics-port, "
            + "Prometheus metrics and a health endpoint are served on a listener of their own."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--devices", required = true, paramLabel = "FILE", description = "The devices to answer for (CSV).")
    private Path devices;

    @Option(names = "--port", required = true, paramLabel = "PORT", description = "The TCP port; 0 picks a free one.")
    private int port;

    @Option(names = "--trust-sender", paramLabel = "NETID",
            description = "A SenderID to answer (repeatable). Trust is by SenderID alone, without credentials.")
    private List<NetID> trustSenders = new ArrayList<>();

    @Option(names = "--ns-id", paramLabel = "EUI",
            description = "The HNSID of 1.1 answers for devices whose home_ns_id is empty.")
    private @Nullable EUI64 nsId;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "The least severe log records written to standard error, one line each: trace, debug, "
                    + "info (a line per exchange), warning, error or off. Default: ${DEFAULT-VALUE}.")
    private String logLevel = "info";

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Also serve GET /metrics (Prometheus) and GET /health on this TCP port; 0 picks a free one.")
    private @Nullable Integer metricsPort;

    @Option(names = "--metrics-bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The address of the metrics listener. Default: ${DEFAULT-VALUE}.")
    private String metricsBind = "127.0.0.1";

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0 to 65535, got " + port);
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw new UsageException("--metrics-port must be 0 to 65535, got " + metricsPort);
        }
        System.Logger.Level threshold = LogSetup.parse(logLevel);
        DeviceFile file = DeviceFile.read(devices);
        Set<NetID> trusted = new LinkedHashSet<>(trustSenders);
        LogSetup logging = LogSetup.install(threshold, console.err());
        Monitoring monitoring;
        BiHttpServer http;
        try {
            monitoring = Monitoring.start(metricsPort == null ? null : new InetSocketAddress(metricsBind, metricsPort));
        } catch (RuntimeException e) {
            logging.close();
            throw e;
        }
        try {
            BiServer server = Responder.server(file, trusted, Optional.ofNullable(nsId), monitoring.listener());
            http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", port));
        } catch (UncheckedIOException e) {
            monitoring.close();
            logging.close();
            throw new UsageException("cannot listen on 127.0.0.1:" + port + " (" + Errors.plain(e.getCause()) + ")");
        }
        monitoring.serving();
        if (trusted.isEmpty()) {
            console.err().println("bi serve: warning: no --trust-sender given; every request will be answered UnknownSender");
            console.err().flush();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(http, monitoring, logging, stopped), "bi-serve-stop"));
        console.out().println("listening on " + http.uri() + " (" + file.size() + " device(s), trusted sender(s) "
                + trusted + ")");
        if (monitoring.metricsUri() != null) {
            console.out().println("metrics on " + monitoring.metricsUri() + " (GET /metrics, GET /health)");
        }
        console.out().flush();
        stopped.await();
        return Main.OK;
    }

    /**
     * Runs in the shutdown hook: stops the server, says so, and, when the tool owns the process, ends
     * it with status 0 (a JVM stopped by a signal would otherwise exit 130 or 143).
     */
    private void stop(BiHttpServer http, Monitoring monitoring, LogSetup logging, CountDownLatch stopped) {
        int status = Main.OK;
        try {
            monitoring.stopping(); // health turns DOWN first, so that a load balancer stops sending
            http.close();
            monitoring.close();
            logging.close();
            console.out().println("stopped");
        } catch (RuntimeException e) {
            console.err().println("bi serve: the server did not stop cleanly: " + Errors.plain(e));
            status = Main.CANNOT_RUN;
        }
        console.out().flush();
        console.err().flush();
        stopped.countDown();
        if (console.process()) {
            Runtime.getRuntime().halt(status);
        }
    }
}
