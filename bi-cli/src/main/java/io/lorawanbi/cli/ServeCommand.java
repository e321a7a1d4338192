package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
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
 * {@code bi serve}: a HomeNS responder on Jetty until SIGINT or SIGTERM, configured by a YAML file
 * ({@link ServeConfig}) and flags that override it. A shutdown hook stops the server gracefully; when
 * the tool owns the process, it then ends it with status 0.
 */
@Command(name = "serve", descriptionHeading = "%n", optionListHeading = "%nOptions:%n", parameterListHeading = "%nParameters:%n",
        description = {
    "A HomeNSReq responder until SIGINT or SIGTERM (then it lets exchanges in progress finish within shutdown.grace, "
            + "stops and exits 0). It listens on 127.0.0.1 unless told otherwise.",
    "The configuration file (YAML, see docs/deploy.md) has the sections listen, trust, answers, registry, log, metrics "
            + "and shutdown; "
            + "the options below override it. Paths in the file are relative to the file.",
    "FILE is CSV with the header line join_eui,dev_eui,home_net_id,home_ns_id; home_net_id and home_ns_id may be "
            + "empty (the defaults then apply); lines starting with # are comments.",
    "A SenderID without a trusted credential is answered UnknownSender; a ReceiverID that is no join_eui "
            + "of the file (or of answers.joinEuiRanges) UnkownReceiver (the spelling of the specification); "
            + "an unknown device UnknownDevEUI.",
    "Each exchange is logged as one key=value line on standard error (see --log-level). With --metrics-port, "
            + "Prometheus metrics and a health endpoint are served on a listener of their own."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (YAML).")
    private @Nullable Path config;

    @Option(names = "--devices", paramLabel = "FILE", description = "The devices to answer for (CSV); "
            + "overrides the registry section.")
    private @Nullable Path devices;

    @Option(names = "--bind", paramLabel = "ADDR", description = "The address to listen on (default 127.0.0.1; "
            + "0.0.0.0 or :: for every interface).")
    private @Nullable String bind;

    @Option(names = "--port", paramLabel = "PORT", description = "The TCP port; 0 picks a free one.")
    private @Nullable Integer port;

    @Option(names = "--tls-cert", paramLabel = "PEM", description = "Serve HTTPS with this certificate chain "
            + "(with --tls-key); reloaded when it changes.")
    private @Nullable Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "PEM", description = "The key of --tls-cert (PKCS#8 PEM).")
    private @Nullable Path tlsKey;

    @Option(names = "--client-auth", paramLabel = "none|optional|required",
            description = "Whether TLS clients are asked for a certificate (needs a trust directory).")
    private @Nullable String clientAuth;

    @Option(names = "--trust-dir", paramLabel = "DIR",
            description = "The directory of config.yml mapping each SenderID to its client CA file.")
    private @Nullable Path trustDirectory;

    @Option(names = "--trust-sender", paramLabel = "NETID",
            description = "A SenderID to answer without any credential (repeatable). For tests and closed networks.")
    private List<NetID> trustSenders = new ArrayList<>();

    @Option(names = "--home-net-id", paramLabel = "NETID",
            description = "The home NetID of devices whose home_net_id is empty.")
    private @Nullable NetID homeNetId;

    @Option(names = "--ns-id", paramLabel = "EUI",
            description = "The HNSID of 1.1 answers for devices whose home_ns_id is empty.")
    private @Nullable EUI64 nsId;

    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "The least severe log records written to standard error, one line each: trace, debug, "
                    + "info (a line per exchange; the default), warning, error or off. Overrides log.level.")
    private @Nullable String logLevel;

    @Option(names = "--metrics-port", paramLabel = "PORT",
            description = "Also serve GET /metrics (Prometheus) and GET /health on this TCP port; 0 picks a free one. "
                    + "Overrides metrics.port.")
    private @Nullable Integer metricsPort;

    @Option(names = "--metrics-bind", paramLabel = "ADDR",
            description = "The address of the metrics listener (default 127.0.0.1). Overrides metrics.bind.")
    private @Nullable String metricsBind;

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServeConfig settings = settings();
        Set<NetID> trusted = new LinkedHashSet<>(trustSenders);
        LogSetup logging = LogSetup.install(settings.log().map(LogConfig::level).orElse(System.Logger.Level.INFO),
                console.err());
        ResponderAssembly responder;
        try {
            responder = ResponderAssembly.start(settings, trusted, System.getenv(), this::report);
        } catch (RuntimeException e) {
            logging.close();
            throw e;
        }
        if (trusted.isEmpty() && !settings.trust().any()) {
            report(config == null ? "warning: no --trust-sender given; every request will be answered UnknownSender"
                    : "warning: no trust is configured and no --trust-sender given; every request will be answered UnknownSender");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(responder, logging, stopped), "bi-serve-stop"));
        console.out().println("listening on " + responder.uri() + " (" + String.join("; ", responder.summary()) + ")");
        console.out().flush();
        stopped.await();
        return Main.OK;
    }

    /** The configuration file, if any, with the options applied over it. */
    ServeConfig settings() {
        ServeConfig s = config == null ? ServeConfig.defaults() : ServeConfig.load(config);
        ListenConfig listen = s.listen();
        if (bind != null) {
            listen = listen.withBind(bind);
        }
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new UsageException("--port must be 0 to 65535, got " + port);
            }
            listen = listen.withPort(port);
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new UsageException("--tls-cert and --tls-key go together");
        }
        if (tlsCert != null) {
            listen = listen.withTls(Optional.of(new TlsConfig(tlsCert, tlsKey,
                    listen.tls().map(TlsConfig::clientAuth).orElse(TlsConfig.ClientAuth.NONE),
                    listen.tls().map(TlsConfig::reload).orElse(TlsConfig.DEFAULT_RELOAD))));
        }
        if (clientAuth != null) {
            TlsConfig.ClientAuth auth;
            try {
                auth = TlsConfig.ClientAuth.parse(clientAuth);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--client-auth must be none, optional or required, got '" + clientAuth + "'");
            }
            TlsConfig tls = listen.tls().orElseThrow(() -> new UsageException("--client-auth needs TLS: "
                    + "--tls-cert and --tls-key, or listen.tls"));
            listen = listen.withTls(Optional.of(new TlsConfig(tls.certificate(), tls.key(), auth, tls.reload())));
        }
        s = s.withListen(listen);
        if (trustDirectory != null) {
            s = s.withTrust(s.trust().withConfigDirectory(trustDirectory));
        }
        if (devices != null) {
            s = s.withRegistry(RegistryConfig.csvFile(devices));
        }
        if (homeNetId != null) {
            s = s.withAnswers(s.answers().withHomeNetId(homeNetId));
        }
        if (nsId != null) {
            s = s.withAnswers(s.answers().withHomeNsid(nsId));
        }
        if (logLevel != null) {
            s = s.withLog(Optional.of(new LogConfig(LogSetup.parse(logLevel))));
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65535)) {
            throw new UsageException("--metrics-port must be 0 to 65535, got " + metricsPort);
        }
        if (metricsPort != null || metricsBind != null) {
            String mBind = metricsBind != null ? metricsBind : s.metrics().map(MetricsConfig::bind).orElse(ListenConfig.DEFAULT_BIND);
            Integer mPort = metricsPort != null ? metricsPort : s.metrics().map(MetricsConfig::port).orElse(null);
            if (mPort == null) {
                throw new UsageException("--metrics-bind needs a port: --metrics-port or metrics.port");
            }
            s = s.withMetrics(Optional.of(new MetricsConfig(mBind, mPort)));
        }
        return s;
    }

    private void report(String line) {
        console.err().println("bi serve: " + line);
        console.err().flush();
    }

    /**
     * Runs in the shutdown hook: stops the server (exchanges in progress finish within the grace),
     * says so, and, when the tool owns the process, ends it with status 0 (a JVM stopped by a signal
     * would otherwise exit 130 or 143).
     */
    private void stop(ResponderAssembly responder, LogSetup logging, CountDownLatch stopped) {
        int status = Main.OK;
        try {
            responder.close();
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
