package io.lorawanbi.cli;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.NetId;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code bi serve}: a HomeNS responder on 127.0.0.1 until SIGINT or SIGTERM. */
final class ServeCommand {

    static final String USAGE = "bi serve --devices FILE --port PORT [--trust-sender NETID]... [--ns-id EUI]";

    private ServeCommand() {}

    static int run(Args args, PrintStream out) throws InterruptedException {
        DeviceFile devices = DeviceFile.read(Path.of(args.required("devices")));
        int port = Args.convert("port", args.required("port"), ServeCommand::port);
        Set<NetId> trusted = new LinkedHashSet<>();
        for (String s : args.all("trust-sender")) {
            trusted.add(Args.convert("trust-sender", s, NetId::parse));
        }
        Optional<Eui64> nsId = args.option("ns-id").map(s -> Args.convert("ns-id", s, Eui64::parse));
        BiServer server = Responder.server(devices, trusted, nsId);
        BiHttpServer http;
        try {
            http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", port));
        } catch (java.io.UncheckedIOException e) {
            throw new UsageException("cannot listen on 127.0.0.1:" + port + " (" + e.getCause().getMessage() + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            http.close();
            stopped.countDown();
        }, "bi-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("listening on " + http.uri() + " (" + devices.size() + " device(s), trusted sender(s) "
                + trusted + ")");
        out.flush();
        stopped.await();
        return 0;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("must be 0 to 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
    }
}
