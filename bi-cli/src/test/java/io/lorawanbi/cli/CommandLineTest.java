package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, option forms, suggestions and plain-word errors of the picocli command line. */
class CommandLineTest {

    @Test
    void help_lists_the_commands_and_the_exit_statuses() {
        Bi bi = Bi.run("--help");
        assertThat(bi.status()).isZero();
        assertThat(bi.out()).startsWith("Usage: bi [-hV] [--verbose] COMMAND")
                .contains("  demo ", "  serve ", "  check ", "  lint ", "Exit status:", "  2   the command could not run");
        assertThat(bi.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "serve", "check", "lint"})
    void every_command_has_its_help(String command) {
        Bi bi = Bi.run(command, "--help");
        assertThat(bi.status()).isZero();
        assertThat(bi.out()).startsWith("Usage: bi " + command + " ").contains("-h, --help");
        assertThat(Bi.run("help", command).out()).isEqualTo(bi.out());
    }

    @Test
    void version_names_the_build_and_the_java_runtime() {
        Bi bi = Bi.run("--version");
        assertThat(bi.status()).isZero();
        assertThat(bi.out()).startsWith("bi " + Version.project() + " ").contains("Java " + Runtime.version());
        assertThat(Version.project()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void options_take_their_value_after_an_equals_sign_or_as_the_next_argument(@TempDir Path dir) throws Exception {
        Path devices = Files.writeString(dir.resolve("d.csv"), DeviceFile.HEADER + "\n");
        Bi separate = Bi.run("serve", "--devices", devices.toString(), "--port", "70000");
        Bi joined = Bi.run("serve", "--devices=" + devices, "--port=70000");
        assertThat(separate.status()).isEqualTo(2);
        assertThat(separate.err()).isEqualTo("bi serve: --port must be 0 to 65535, got 70000\n");
        assertThat(joined).isEqualTo(separate);
    }

    @Test
    void a_mistyped_command_gets_a_suggestion() {
        Bi bi = Bi.run("sevre");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).startsWith("bi: unknown command 'sevre'").contains("Did you mean: bi serve?");
    }

    @Test
    void a_mistyped_option_gets_a_suggestion_rather_than_a_missing_option_error() {
        Bi bi = Bi.run("serve", "--devics", "d.csv", "--port", "0");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).startsWith("bi serve: Unknown option: '--devics'").contains("Possible solutions: --devices")
                .doesNotContain("Missing required");
    }

    @Test
    void the_former_protocol_version_option_points_to_its_new_name() {
        Bi bi = Bi.run("check", "http://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--version", "1.0");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).isEqualTo(
                "bi check: the ProtocolVersion option is --protocol-version 1.0 (bi --version prints the version of the tool)\n");
    }

    @Test
    void only_the_unknown_option_is_named_not_the_value_after_it() {
        Bi bi = Bi.run("check", "http://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--protocol-versoin", "1.0");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).startsWith("bi check: Unknown option: '--protocol-versoin'\n")
                .contains("Possible solutions: --protocol-version");
    }

    @Test
    void a_bad_identifier_gets_the_parsers_reason_without_an_exception_class_name() {
        Bi bi = Bi.run("check", "http://127.0.0.1:9/", "--sender-id", "00001", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).startsWith("bi check: Invalid value for option '--sender-id': '00001': NetID")
                .doesNotContain("Exception");
        Bi version = Bi.run("check", "http://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--protocol-version", "2.0");
        assertThat(version.err()).startsWith("bi check: Invalid value for option '--protocol-version': '2.0': must be 1.0, 1.1 or both");
    }

    @Test
    void a_url_that_is_not_http_is_refused_in_plain_words() {
        Bi bi = Bi.run("check", "ftp://example.org/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).isEqualTo("bi check: URL ftp://example.org/: must start with http:// or https:// and name a host\n");
    }

    @Test
    void a_missing_file_is_named_without_an_exception_class_name() {
        Bi serve = Bi.run("serve", "--devices", "/no/such/devices.csv", "--port", "0");
        assertThat(serve.status()).isEqualTo(2);
        assertThat(serve.err()).isEqualTo("bi serve: no such file: /no/such/devices.csv\n");

        Bi check = Bi.run("check", "https://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--cert", "/no/such/cert.pem", "--key", "/no/such/key.pem",
                "--ca", "/no/such/ca.pem");
        assertThat(check.status()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("bi check: no such file: /no/such/cert.pem\n");
    }

    @Test
    void a_port_in_use_is_said_in_plain_words(@TempDir Path dir) throws Exception {
        Path devices = Files.writeString(dir.resolve("d.csv"), DeviceFile.HEADER + "\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Bi bi = Bi.run("serve", "--devices", devices.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(bi.status()).isEqualTo(2);
            assertThat(bi.err()).startsWith("bi serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
                    .doesNotContain("Exception").hasLineCount(1);
        }
    }

    @Test
    void the_client_certificate_files_go_together() {
        Bi bi = Bi.run("check", "https://127.0.0.1:9/", "--sender-id", "000013", "--join-eui", "70B3D57ED0000000",
                "--dev-eui", "0102030405060708", "--cert", "c.pem");
        assertThat(bi.status()).isEqualTo(2);
        assertThat(bi.err()).startsWith("bi check: Missing required argument(s): --key=PEM, --ca=PEM");
    }

    @Test
    void verbose_adds_the_stack_trace() {
        Bi quiet = Bi.run("serve", "--devices", "/no/such/devices.csv", "--port", "0");
        Bi verbose = Bi.run("serve", "--verbose", "--devices", "/no/such/devices.csv", "--port", "0");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.err()).startsWith("bi serve: no such file: /no/such/devices.csv").contains("\tat ");
    }

    @Test
    void exception_class_names_are_taken_out_of_messages() {
        assertThat(Errors.plain(new IllegalStateException("java.io.IOException: broken pipe"))).isEqualTo("broken pipe");
        assertThat(Errors.plain(new RuntimeException(new java.nio.file.AccessDeniedException("/x"))))
                .isEqualTo("/x");
        assertThat(Errors.plain(new RuntimeException((String) null))).isEqualTo("an unexpected failure");
        assertThat(Errors.cannotRead(Path.of("/etc/x"), new java.nio.file.AccessDeniedException("/etc/x")))
                .isEqualTo("permission denied: /etc/x");
    }
}
