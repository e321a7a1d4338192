package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bi serve} in its own JVM, as {@code ./bi} runs it: it warns that no sender is trusted, answers,
 * and on SIGTERM or SIGINT stops the server and exits with status 0. Signals need a POSIX system.
 */
@DisabledOnOs(OS.WINDOWS)
class ServeProcessTest {

    private static List<String> javaCommand() {
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

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    @Timeout(60)
    void serve_answers_then_stops_cleanly_with_status_zero_on_a_signal(String signal, @TempDir Path dir) throws Exception {
        Path devices = Files.writeString(dir.resolve("devices.csv"),
                DeviceFile.HEADER + "\n70B3D57ED0000000,0102030405060708,C00053,\n");
        List<String> cmd = javaCommand();
        cmd.addAll(List.of("serve", "--devices", devices.toString(), "--port", "0"));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("first line of bi serve").startsWith("listening on http://127.0.0.1:");
            URI uri = URI.create(first.substring("listening on ".length(), first.indexOf(' ', "listening on ".length())));

            String request = "{\"ProtocolVersion\":\"1.0\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
                    + "\"TransactionID\":1,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"0102030405060708\"}";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("\"ResultCode\":\"UnknownSender\"");

            // Process.destroy() would send SIGTERM too, but it also closes the streams this test still reads.
            assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bi serve ended").isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(out.readLine()).isEqualTo("stopped");
            assertThat(Files.readString(dir.resolve("err.txt"))).isEqualTo(
                    "bi serve: warning: no --trust-sender given; every request will be answered UnknownSender\n");
        } finally {
            p.destroyForcibly();
        }
    }
}
