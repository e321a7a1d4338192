package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import org.junit.jupiter.api.Test;
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

    /** A log line of the tool: time, level, logger, message. */
    static final String LOG_LINE = "\\d{4}-\\d\\d-\\d\\dT\\S+Z (TRACE|DEBUG|INFO|WARNING|ERROR) \\S+ .*";
    static final String KNOWN = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
            + "\"TransactionID\":%d,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"%s\"}";

    private static List<String> javaCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java));
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            // Surefire puts on the class path the jars no module descriptor names (the Prometheus client
            // under Micrometer's automatic modules); automatic modules read them there.
            String classPath = System.getProperty("java.class.path", "");
            if (!classPath.isEmpty()) {
                cmd.addAll(List.of("-cp", classPath));
            }
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
            List<String> err = Files.readAllLines(dir.resolve("err.txt"));
            assertThat(err.get(0)).isEqualTo(
                    "bi serve: warning: no --trust-sender given; every request will be answered UnknownSender");
            // The request log (INFO by default): the cause, then the exchange.
            assertThat(err.subList(1, err.size())).satisfiesExactly(
                    line -> assertThat(line).matches(LOG_LINE).contains(" INFO io.lorawanbi.server.RequestLog "
                            + "event=authentication-refused ProtocolVersion=1.0 MessageType=HomeNSReq SenderID=000013 "
                            + "ReceiverID=70B3D57ED0000000 TransactionID=1 reason=\"no credential accepted\""),
                    line -> assertThat(line).matches(LOG_LINE).contains(" INFO io.lorawanbi.server.RequestLog "
                            + "event=answered ProtocolVersion=1.0 MessageType=HomeNSReq SenderID=000013 "
                            + "ReceiverID=70B3D57ED0000000 TransactionID=1 ResultCode=UnknownSender elapsed_ms="));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    @Timeout(60)
    void serve_with_metrics_counts_its_exchanges_and_reports_health_until_stopped(@TempDir Path dir) throws Exception {
        Path devices = Files.writeString(dir.resolve("devices.csv"),
                DeviceFile.HEADER + "\n70B3D57ED0000000,0102030405060708,C00053,\n");
        List<String> cmd = javaCommand();
        cmd.addAll(List.of("serve", "--devices", devices.toString(), "--port", "0", "--trust-sender", "000013",
                "--metrics-port", "0", "--log-level", "warning"));
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("first line of bi serve; standard error:%n%s", Files.readString(dir.resolve("err.txt")))
                    .startsWith("listening on http://127.0.0.1:");
            URI uri = URI.create(first.substring("listening on ".length(), first.indexOf(' ', "listening on ".length())));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("metrics on (http://[^ ;)]+)").matcher(first);
            assertThat(m.find()).as("the metrics listener in %s", first).isTrue();
            URI metrics = URI.create(m.group(1));

            for (int i = 0; i < 3; i++) {
                assertThat(post(client, uri, String.format(KNOWN, i, "0102030405060708"))).contains("\"Success\"");
            }
            assertThat(post(client, uri, String.format(KNOWN, 9, "0102030405060799"))).contains("\"UnknownDevEUI\"");
            assertThat(post(client, uri, "{}")).contains("ResultCode");

            HttpResponse<String> scrape = client.send(HttpRequest.newBuilder(metrics.resolve("/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(scrape.body()).contains(
                    "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"Success\"} 3\n",
                    "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"UnknownDevEUI\"} 1\n",
                    "bi_server_refusals_total{reason=\"unaddressed\"} 1.0\n");
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(metrics.resolve("/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"server\":{\"status\":\"UP\"}}}");

            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bi serve ended").isTrue();
            assertThat(p.exitValue()).isZero();
            assertThat(out.readLine()).isEqualTo("stopped");
            assertThat(Files.readString(dir.resolve("err.txt"))).as("nothing at warning or above").isEmpty();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(metrics.getHost(), metrics.getPort()), 2000);
                org.junit.jupiter.api.Assertions.fail("the metrics listener outlived serve");
            } catch (ConnectException expected) {
                // closed with the process
            }
        } finally {
            p.destroyForcibly();
        }
    }

    private static String post(HttpClient client, URI uri, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
