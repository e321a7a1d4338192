package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bi serve} in its own JVM, as {@code ./bi} runs it: started with arguments and environment
 * variables, read until it says where it listens, and stopped with SIGTERM, checking that it stops
 * cleanly with status 0. Signals need a POSIX system.
 */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final Path err;
    final URI uri;

    private ServeProcess(Process process, BufferedReader out, Path err, URI uri) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.uri = uri;
    }

    static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            cmd.addAll(List.of("-p", modulePath, "-m", "io.lorawanbi.cli/io.lorawanbi.cli.Main"));
        } else {
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.lorawanbi.cli.Main"));
        }
        return cmd;
    }

    /** Starts {@code bi serve ARGS} and waits for its "listening on" line. */
    static ServeProcess start(Path dir, Map<String, String> environment, String... args) throws IOException {
        List<String> cmd = javaCommand();
        cmd.add("serve");
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "serve-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile());
        pb.environment().putAll(environment);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("listening on ")) {
            p.destroyForcibly();
            throw new AssertionError("bi serve did not start: " + first + "\n" + Files.readString(err));
        }
        String rest = first.substring("listening on ".length());
        return new ServeProcess(p, out, err, URI.create(rest.substring(0, rest.indexOf(' '))));
    }

    /** What it wrote to standard error so far. */
    String err() throws IOException {
        return Files.readString(err);
    }

    /** Sends SIGTERM and checks that it says "stopped" and exits 0 within 30 s. */
    void stop() throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bi serve ended").isTrue();
        assertThat(process.exitValue()).as(err()).isZero();
        assertThat(out.readLine()).isEqualTo("stopped");
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
