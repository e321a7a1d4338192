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
            + "of the file UnkownReceiver (the spelling of the specification); an unknown device UnknownDevEUI."})
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

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0 to 65535, got " + port);
        }
        DeviceFile file = DeviceFile.read(devices);
        Set<NetID> trusted = new LinkedHashSet<>(trustSenders);
        BiServer server = Responder.server(file, trusted, Optional.ofNullable(nsId));
        BiHttpServer http;
        try {
            http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", port));
        } catch (UncheckedIOException e) {
            throw new UsageException("cannot listen on 127.0.0.1:" + port + " (" + Errors.plain(e.getCause()) + ")");
        }
        if (trusted.isEmpty()) {
            console.err().println("bi serve: warning: no --trust-sender given; every request will be answered UnknownSender");
            console.err().flush();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(http, stopped), "bi-serve-stop"));
        console.out().println("listening on " + http.uri() + " (" + file.size() + " device(s), trusted sender(s) "
                + trusted + ")");
        console.out().flush();
        stopped.await();
        return Main.OK;
    }

    /**
     * Runs in the shutdown hook: stops the server, says so, and, when the tool owns the process, ends
     * it with status 0 (a JVM stopped by a signal would otherwise exit 130 or 143).
     */
    private void stop(BiHttpServer http, CountDownLatch stopped) {
        int status = Main.OK;
        try {
            http.close();
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
