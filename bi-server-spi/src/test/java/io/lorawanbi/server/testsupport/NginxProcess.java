package io.lorawanbi.server.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx (Debian's {@code nginx} package) run in the foreground as one process, with a
 * configuration generated into a test directory, on loopback only; started and stopped within
 * bounded times. Used by the nginx-tagged tests (profile {@code nginx}) of the adapters and the CLI.
 */
public final class NginxProcess implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/local/sbin/nginx"),
            Path.of("/usr/bin/nginx"), Path.of("/usr/local/nginx/sbin/nginx"));
    private static final long START_TIMEOUT_MS = 15_000;
    private static final long STOP_TIMEOUT_MS = 10_000;

    private final Process process;
    private final Path dir;
    private final int port;

    private NginxProcess(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** The nginx binary; fails (never skips) when there is none. */
    public static Path binary() {
        for (Path p : CANDIDATES) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry, "nginx");
            if (!entry.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException("nginx is not installed: the nginx profile needs it "
                + "(apt-get install -y nginx; .ci/run does this), or build without -Pnginx");
    }

    /**
     * Starts nginx with the {@code server} block text produced for a free loopback port.
     *
     * @param dir an empty directory for the configuration, logs and temporary files
     * @param serverBlock the {@code server { ... }} block, given the port to listen on
     */
    public static NginxProcess start(Path dir, java.util.function.IntFunction<String> serverBlock)
            throws IOException, InterruptedException {
        Path binary = binary();
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, config(dir, serverBlock.apply(port)), StandardCharsets.UTF_8);
            Path log = dir.resolve("stderr.log");
            Process p = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", conf.toString(),
                    "-e", dir.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            NginxProcess nginx = new NginxProcess(p, dir, port);
            try {
                nginx.awaitListening();
                return nginx;
            } catch (IOException e) {
                nginx.close();
                last = e;
            }
        }
        throw last;
    }

    /** The loopback port nginx listens on. */
    public int port() {
        return port;
    }

    private static String config(Path dir, String serverBlock) {
        String d = dir.toString();
        return """
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log info;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(d, serverBlock);
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue() + ": " + logs());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("nginx did not listen within " + START_TIMEOUT_MS + " ms: " + logs());
    }

    /** nginx's output and error log, for failure messages. */
    public String logs() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("stderr.log", "error.log")) {
            Path p = dir.resolve(name);
            try {
                if (Files.exists(p)) {
                    out.append('\n').append(name).append(":\n").append(Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                out.append('\n').append(name).append(": unreadable");
            }
        }
        return out.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
