package io.lorawanbi.cli;

import io.lorawanbi.auth.config.ServerTls;
import io.lorawanbi.auth.config.TrustConfigException;
import io.lorawanbi.auth.config.SenderClientCas;
import io.lorawanbi.server.auth.ClientAuthUsage;
import io.lorawanbi.server.jetty.BiJettyServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * The TLS context of {@code bi serve} from its PEM files, and the watch that builds it again when the
 * files change on disk (a renewed certificate: Certbot replaces both files every 60 to 90 days). The
 * files are checked every {@link TlsConfig#reload()} by modification time and size; a change is taken
 * only when both files parse and the key fits the certificate, so a pair caught half written keeps
 * the old context in service (and is tried again at the next check that sees a change). The new
 * context serves new connections; open ones keep theirs, so no exchange is dropped.
 */
final class TlsFiles implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TlsFiles.class.getName());

    private final TlsConfig config;
    private final Optional<SenderClientCas> clientCas;
    private final Consumer<String> report;
    private ScheduledExecutorService watch;
    private List<Object> loaded;
    private List<Object> lastSeen;

    private TlsFiles(TlsConfig config, Optional<SenderClientCas> clientCas, Consumer<String> report) {
        this.config = config;
        this.clientCas = clientCas;
        this.report = report;
    }

    /**
     * The first context, read at start.
     *
     * @param clientCas the CAs client certificates may chain to; required unless client authentication is none
     * @param report where reloads and refused files are told (standard error of the tool); never a key
     * @throws UsageException when the files cannot be used
     */
    static TlsFiles open(TlsConfig config, Optional<SenderClientCas> clientCas, Consumer<String> report) {
        if (config.clientAuth() != TlsConfig.ClientAuth.NONE && clientCas.isEmpty()) {
            throw new UsageException("listen.tls.clientAuth " + config.clientAuth().name().toLowerCase(java.util.Locale.ROOT)
                    + " needs trust.configDirectory: the client CAs trusted per SenderID");
        }
        return new TlsFiles(config, clientCas, report);
    }

    /** Reads the files and builds the context: the start-up check. */
    SSLContext initial() {
        List<Object> stamp = stamp();
        try {
            SSLContext context = build();
            loaded = stamp;
            lastSeen = stamp;
            return context;
        } catch (TrustConfigException e) {
            throw new UsageException("listen.tls: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UsageException("listen.tls: " + Errors.plain(e));
        }
    }

    /** How the handshake treats client certificates. */
    BiJettyServer.ClientAuth clientAuth() {
        return switch (config.clientAuth()) {
            case NONE -> BiJettyServer.ClientAuth.NONE;
            case OPTIONAL -> BiJettyServer.ClientAuth.WANT;
            case REQUIRED -> BiJettyServer.ClientAuth.NEED;
        };
    }

    /** Starts checking the files for changes, handing each new context to the server. No-op when reload is 0. */
    void watch(BiJettyServer server) {
        Duration every = config.reload();
        if (every.isZero() || watch != null) {
            return;
        }
        watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bi-serve-tls-watch");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(() -> check(server), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One check: a changed pair that can be used replaces the context; one that cannot is reported once. */
    synchronized void check(BiJettyServer server) {
        try {
            List<Object> stamp = stamp();
            if (stamp.equals(loaded) || stamp.equals(lastSeen)) {
                return;
            }
            lastSeen = stamp;
            SSLContext context = build();
            if (!stamp.equals(stamp())) {
                lastSeen = null; // changed while read: look again next time
                return;
            }
            server.reloadTls(context);
            loaded = stamp;
            report.accept("reloaded the TLS certificate from " + config.certificate());
        } catch (TrustConfigException e) {
            report.accept("warning: the TLS files cannot be used yet, the previous certificate stays in service: "
                    + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "TLS reload failed", e);
            report.accept("warning: the TLS reload failed, the previous certificate stays in service: " + Errors.plain(e));
        }
    }

    private SSLContext build() {
        if (config.clientAuth() == TlsConfig.ClientAuth.NONE) {
            return ServerTls.sslContext(config.certificate(), config.key());
        }
        return ServerTls.sslContext(config.certificate(), config.key(), clientCas.orElseThrow().allCas(),
                ClientAuthUsage.IF_PRESENT);
    }

    /** Modification time and size of both files; a missing file stamps as absent. */
    private List<Object> stamp() {
        return List.of(stamp(config.certificate()), stamp(config.key()));
    }

    private static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.lastModifiedTime(), a.size(), Optional.ofNullable(a.fileKey()).map(Object::toString).orElse(""));
        } catch (IOException e) {
            return "absent";
        }
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.shutdownNow();
        }
    }
}
