package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The log and metrics sections of the configuration, wired: the responder counts, reports health, and stops both. */
@Timeout(60)
class ServeMonitoringTest {

    static final String REQUEST = "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
            + "\"TransactionID\":%d,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"0102030405060708\"}";

    @TempDir
    Path dir;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServeConfig config(int metricsPort) throws IOException {
        Files.writeString(dir.resolve("devices.csv"), DeviceFile.HEADER + "\n70B3D57ED0000000,0102030405060708,C00053,\n");
        return ServeConfig.load(Files.writeString(dir.resolve("serve.yml"), """
                listen:
                  port: 0
                registry:
                  type: csv
                  csv:
                    path: devices.csv
                log:
                  level: WARNING
                metrics:
                  bind: 127.0.0.1
                  port: %d
                """.formatted(metricsPort)));
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_metrics_section_serves_metrics_and_health_while_the_responder_runs() throws Exception {
        ServeConfig config = config(0);
        assertThat(config.log().orElseThrow().level()).isEqualTo(System.Logger.Level.WARNING);
        ResponderAssembly responder = ResponderAssembly.start(config, Set.of(io.lorawanbi.model.NetID.parse("000013")),
                Map.of(), line -> { });
        URI metrics;
        try {
            String summary = String.join("; ", responder.summary());
            Matcher m = Pattern.compile("metrics on (http://\\S+/)").matcher(summary);
            assertThat(m.find()).as("metrics in the summary: %s", summary).isTrue();
            metrics = URI.create(m.group(1));
            for (int i = 0; i < 2; i++) {
                assertThat(client.send(HttpRequest.newBuilder(responder.uri()).timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(String.format(REQUEST, i))).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).contains("\"Success\"");
            }
            assertThat(get(metrics.resolve("/metrics")).body())
                    .contains("bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"Success\"} 2\n");
            HttpResponse<String> health = get(metrics.resolve("/health"));
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).startsWith("{\"status\":\"UP\"");
        } finally {
            responder.close();
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(metrics.getHost(), metrics.getPort()), 2000);
            org.junit.jupiter.api.Assertions.fail("the metrics listener outlived the responder");
        } catch (ConnectException expected) {
            // stopped with the responder
        }
    }

    @Test
    void a_metrics_port_in_use_is_a_usage_error() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ServeConfig config = config(taken.getLocalPort());
            assertThatThrownBy(() -> ResponderAssembly.start(config, Set.of(), Map.of(), line -> { }))
                    .isInstanceOf(UsageException.class)
                    .hasMessageStartingWith("cannot listen for metrics on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void log_levels_are_named_as_the_tool_documents_them() {
        assertThat(LogSetup.parse("info")).isEqualTo(System.Logger.Level.INFO);
        assertThat(LogSetup.parse("WARNING")).isEqualTo(System.Logger.Level.WARNING);
        assertThat(LogSetup.parse("off")).isEqualTo(System.Logger.Level.OFF);
        assertThatThrownBy(() -> LogSetup.parse("loud")).isInstanceOf(UsageException.class)
                .hasMessage("--log-level must be one of trace, debug, info, warning, error, off, got 'loud'");
    }

    @Test
    void the_tool_writes_one_line_per_record_at_or_above_the_threshold_and_restores_logging() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        System.Logger logger = System.getLogger("io.lorawanbi.server.RequestLog");
        try (LogSetup setup = LogSetup.install(System.Logger.Level.WARNING,
                new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8))) {
            logger.log(System.Logger.Level.INFO, "below the threshold");
            logger.log(System.Logger.Level.WARNING, "first\nevent=forged\rline");
            logger.log(System.Logger.Level.ERROR, "with {0}", "a parameter");
        }
        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out.lines()).satisfiesExactly(
                line -> assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z WARNING io\\.lorawanbi\\.server\\.RequestLog "
                        + "first\\\\nevent=forged\\\\rline"),
                line -> assertThat(line).endsWith(" ERROR io.lorawanbi.server.RequestLog with a parameter"));
        assertThat(java.util.logging.Logger.getLogger("io.lorawanbi").getHandlers()).isEmpty();
    }
}
