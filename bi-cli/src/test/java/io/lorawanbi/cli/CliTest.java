package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int bi(String stdin, String... args) {
        return Main.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demo_runs_the_suite_in_both_versions_and_exits_zero() {
        assertThat(bi("", "demo")).as(out()).isEqualTo(0);
        assertThat(out()).contains("PASS  1.0  required_known_device_gets_its_home_netid",
                "PASS  1.1  required_known_device_gets_its_home_netid", "0 failed", "every required rule passed");
    }

    @Test
    void check_passes_against_the_serve_responder() {
        DeviceFile devices = DeviceFile.parse(List.of(DeviceFile.HEADER, "70B3D57ED0000000,0102030405060708,C00053,"), "t");
        try (BiHttpServer http = BiHttpServer.http(Responder.server(devices, Set.of(NetID.parse("000013")), Optional.empty()),
                new InetSocketAddress("127.0.0.1", 0))) {
            int status = bi("", "check", http.uri().toString(), "--sender-id", "000013", "--join-eui",
                    "70B3D57ED0000000", "--dev-eui", "0102030405060708", "--protocol-version", "both");
            assertThat(status).as(out()).isEqualTo(0);
            assertThat(out()).contains("PASS  1.0  required_unknown_receiver_gets_unknown_receiver",
                    "PASS  1.1  required_untrusted_sender_gets_unknown_sender");
        }
    }

    @Test
    void the_production_client_gets_its_answer_from_the_serve_responder() {
        DeviceFile devices = DeviceFile.parse(List.of(DeviceFile.HEADER, "70B3D57ED0000000,0102030405060708,C00053,"), "t");
        try (BiHttpServer http = BiHttpServer.http(Responder.server(devices, Set.of(NetID.parse("000013")), Optional.empty()),
                new InetSocketAddress("127.0.0.1", 0));
                io.lorawanbi.client.BiClient client = io.lorawanbi.client.BiClient.builder()
                        .defaultPeer(io.lorawanbi.client.BiPeer.builder(http.uri())
                                .protocolVersion(io.lorawanbi.model.ProtocolVersion.V1_1).build())
                        .build()) {
            io.lorawanbi.model.message.HomeNSAns answer = client.send(io.lorawanbi.model.message.HomeNSReq.builder()
                    .senderId(NetID.parse("000013")).receiverId(io.lorawanbi.model.EUI64.parse("70B3D57ED0000000"))
                    .senderNsid(io.lorawanbi.model.EUI64.parse("0000000000000013"))
                    .devEui(io.lorawanbi.model.EUI64.parse("0102030405060708")).build());
            assertThat(answer.isSuccess()).isTrue();
            assertThat(answer.hNetId()).isEqualTo(NetID.parse("C00053"));
        }
    }

    @Test
    void check_fails_naming_the_rule_against_a_responder_that_breaks_it() {
        BiServer noReceiverCheck = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(NetID.parse("000013"))))
                .homeNsHandler(HomeNSHandler.immediate((q, c) -> HomeNSOutcome.found(NetID.parse("C00053"))))
                .build();
        try (BiHttpServer http = BiHttpServer.http(noReceiverCheck, new InetSocketAddress("127.0.0.1", 0))) {
            int status = bi("", "check", http.uri().toString(), "--sender-id", "000013", "--join-eui",
                    "70B3D57ED0000000", "--dev-eui", "0102030405060708", "--protocol-version=1.0");
            assertThat(status).isEqualTo(1);
            assertThat(out()).contains("FAIL  1.0  required_unknown_receiver_gets_unknown_receiver (§4.3, §4.2): expected HTTP 200 with ResultCode UnkownReceiver, got HTTP 200 with ResultCode Success",
                    "FAIL  1.0  required_unknown_device_gets_unknown_dev_eui", "REQUIRED RULES FAILED");
        }
    }

    @Test
    void lint_says_ok_or_what_a_receiver_would_answer(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.json");
        Files.writeString(good, "{\"ProtocolVersion\":\"1.1\",\"SenderID\":\"000013\",\"SenderNSID\":\"0000000000000001\","
                + "\"ReceiverID\":\"70B3D57ED0000000\",\"TransactionID\":7,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"0102030405060708\"}");
        assertThat(bi("", "lint", good.toString())).isEqualTo(0);
        assertThat(out()).contains("good.json: OK HomeNSReq 1.1");
        assertThat(bi("{\"ProtocolVersion\":\"1.1\",\"MessageType\":\"HomeNSReq\"}", "lint", good.toString(), "-")).isEqualTo(1);
        assertThat(out()).contains("<stdin>: MalformedMessage ");
    }

    @Test
    void usage_errors_say_what_is_wrong_and_where_help_is_and_exit_two() {
        assertThat(bi("", "check", "http://127.0.0.1:1/")).isEqualTo(2);
        assertThat(err()).startsWith("bi check: Missing required options: '--sender-id=NETID', '--join-eui=EUI', '--dev-eui=EUI'")
                .contains("Run 'bi check --help' for usage.").doesNotContain("Exception");
    }

    @Test
    void parse_errors_are_plain_words_without_picocli_phrasing() {
        assertThat(bi("", "demo", "extra")).isEqualTo(2);
        assertThat(err()).startsWith("bi demo: unexpected argument 'extra'\n").doesNotContain("Unmatched")
                .doesNotContain("index");
        err.reset();
        assertThat(bi("", "check", "http://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--cert", "/nope.pem")).isEqualTo(2);
        assertThat(err()).startsWith("bi check: Missing required argument(s): ").doesNotContain("Error:");
    }

    @Test
    void serve_help_spells_the_result_code_as_the_wire_does() {
        assertThat(bi("", "serve", "--help")).isZero();
        assertThat(out()).contains("UnkownReceiver").doesNotContain("UnknownReceiver");
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(bi("")).isEqualTo(2);
        assertThat(err()).startsWith("bi: give a command: demo, serve, check or lint");
    }

    @Test
    void check_reports_an_unreachable_endpoint_in_one_line_not_as_failed_rules() {
        int status = bi("", "check", "http://127.0.0.1:9/", "--sender-id", "000013", "--join-eui",
                "70B3D57ED0000000", "--dev-eui", "0102030405060708", "--protocol-version", "1.1");
        assertThat(status).as("not run: the command could not run").isEqualTo(2);
        assertThat(out()).contains("not run: cannot reach http://127.0.0.1:9/: connection refused")
                .doesNotContain("FAIL ").doesNotContain("REQUIRED RULES FAILED").doesNotContain("Exception");
    }

    @Test
    void check_says_a_name_does_not_resolve_and_exits_two() {
        int status = bi("", "check", "http://nonexistent.invalid/", "--sender-id", "000013", "--join-eui",
                "70B3D57ED0000000", "--dev-eui", "0102030405060708");
        assertThat(status).isEqualTo(2);
        assertThat(out()).contains("not run: cannot reach http://nonexistent.invalid/: the name does not resolve")
                .doesNotContain("refused");
    }

    @Test
    void check_ends_after_a_preflight_without_an_answer_and_exits_two() throws Exception {
        // accepts connections (the kernel's backlog) and never answers
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/";
            long start = System.nanoTime();
            int status = bi("", "check", url, "--sender-id", "000013", "--join-eui", "70B3D57ED0000000", "--dev-eui",
                    "0102030405060708", "--timeout", "1");
            java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - start);
            assertThat(status).isEqualTo(2);
            assertThat(out()).contains("not run: " + url + ": no answer within 1 s to a valid request")
                    .doesNotContain("FAIL ").doesNotContain("PASS ");
            assertThat(took).isLessThan(java.time.Duration.ofSeconds(8));
        }
        assertThat(bi("", "check", "http://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--deadline", "0")).isEqualTo(2);
        assertThat(err()).contains("bi check: --deadline must be at least 1 second");
    }

    @Test
    void device_files_may_start_with_a_byte_order_mark_and_must_be_utf8(@TempDir Path dir) throws Exception {
        Path bom = dir.resolve("excel.csv");
        Files.write(bom, ("\uFEFF" + DeviceFile.HEADER + "\r\n70B3D57ED0000000,0102030405060708,C00053,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(DeviceFile.read(bom).size()).isEqualTo(1);

        Path bin = dir.resolve("bin.csv");
        byte[] bytes = (DeviceFile.HEADER + "\n70B3D57ED0000000,0102030405060708,C00053,\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        broken[bytes.length] = (byte) 0xC3; // a lead byte followed by no continuation
        broken[bytes.length + 1] = '(';
        broken[bytes.length + 2] = '\n';
        Files.write(bin, broken);
        assertThatThrownBy(() -> DeviceFile.read(bin)).isInstanceOf(UsageException.class)
                .hasMessage(bin + ":3: not UTF-8 text (byte " + (bytes.length + 1) + ")");

        Path png = dir.resolve("image.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        assertThat(bi("", "serve", "--port", "0", "--devices", png.toString())).isEqualTo(2);
        assertThat(err()).startsWith("bi serve: " + png + ":1: not UTF-8 text").doesNotContain("Input length");
    }

    @Test
    void device_files_are_checked_line_by_line() {
        assertThatThrownBy(() -> DeviceFile.parse(List.of("dev,eui"), "f.csv")).hasMessageContaining("first line must be");
        assertThatThrownBy(() -> DeviceFile.parse(List.of(DeviceFile.HEADER, "70B3D57ED0000000,0102,C00053,"), "f.csv"))
                .hasMessageStartingWith("f.csv:2: EUI-64 must be 8 bytes");
        assertThatThrownBy(() -> DeviceFile.parse(List.of(DeviceFile.HEADER, "a,b,c"), "f.csv"))
                .hasMessageContaining("f.csv:2: expected 4 comma-separated columns");
        DeviceFile ok = DeviceFile.parse(List.of(DeviceFile.HEADER, "# comment", "70B3D57ED0000000,0102030405060708,C00053,",
                "70B3D57ED0000001,0102030405060708,000013,70B3D57ED0001234"), "f.csv");
        assertThat(ok.size()).isEqualTo(2);
        assertThat(ok.joinEuis()).hasSize(2);
    }
}
