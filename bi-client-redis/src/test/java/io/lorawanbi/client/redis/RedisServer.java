package io.lorawanbi.client.redis;

import io.lettuce.core.RedisURI;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, without persistence, for
 * tests tagged {@code redis}. Started and stopped by the test; every wait is bounded. The binary is
 * {@code $BI_REDIS_SERVER}, else {@code /usr/bin/redis-server}, else {@code redis-server} on the PATH.
 */
public final class RedisServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

    private final int port;
    private final String password;
    private final Path log;
    private Process process;

    private RedisServer(int port, String password) {
        this.port = port;
        this.password = password;
        try {
            Path dir = Files.createDirectories(Path.of("target", "redis"));
            this.log = dir.resolve("redis-" + port + ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server without a password. */
    public static RedisServer start() {
        return start("");
    }

    /** Starts a server that requires the password (none if empty). */
    public static RedisServer start(String password) {
        RedisServer server = new RedisServer(freePort(), password);
        server.startProcess();
        return server;
    }

    public int port() {
        return port;
    }

    /** The URI for a client, with the password if the server has one. */
    public RedisURI uri() {
        RedisURI.Builder b = RedisURI.Builder.redis("127.0.0.1", port).withTimeout(Duration.ofSeconds(5));
        if (!password.isEmpty()) {
            b.withPassword(password.toCharArray());
        }
        return b.build();
    }

    /** Stops the process (SIGTERM, then SIGKILL after 10 s); its data is gone. */
    public void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        process = null;
    }

    /** Starts the process again on the same port. */
    public void restart() {
        stop();
        startProcess();
    }

    @Override
    public void close() {
        stop();
    }

    private void startProcess() {
        List<String> command = new ArrayList<>(List.of(binary(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no"));
        if (!password.isEmpty()) {
            command.add("--requirepass");
            command.add(password);
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command.get(0)
                    + " (the redis profile needs Debian's redis-server: apt-get install redis-server)", e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + "; see " + log);
            }
            if (answersPing()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw new IllegalStateException("redis-server did not answer PING on port " + port + " within " + START_TIMEOUT
                + "; see " + log);
    }

    /** PING answered with PONG, or with NOAUTH by a server that wants a password: it is up. */
    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return line != null && (line.startsWith("+PONG") || line.startsWith("-NOAUTH"));
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String binary() {
        String configured = System.getenv("BI_REDIS_SERVER");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/redis-server")) ? "/usr/bin/redis-server" : "redis-server";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
