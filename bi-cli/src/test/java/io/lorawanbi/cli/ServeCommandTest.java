package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bi serve}'s refusals before it listens: each a one-line error with exit status 2, naming what
 * to give or the file, line and key at fault.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    private Path devices() throws IOException {
        return Files.writeString(dir.resolve("devices.csv"), DeviceFile.HEADER + "\n70B3D57ED0000000,0102030405060708,,\n");
    }

    @Test
    void without_a_port_it_says_where_to_give_one() throws IOException {
        Bi r = Bi.run("serve", "--devices", devices().toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("bi serve: no port: give --port or listen.port in the configuration\n");
    }

    @Test
    void without_a_registry_it_says_where_to_give_one() {
        Bi r = Bi.run("serve", "--port", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("bi serve: no device registry: give --devices FILE or registry.csv.path");
    }

    @Test
    void a_device_without_home_net_id_needs_a_default() throws IOException {
        Bi r = Bi.run("serve", "--devices", devices().toString(), "--port", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("give answers.homeNetId (or --home-net-id)");
    }

    @Test
    void client_authentication_needs_tls_and_a_trust_directory() throws IOException {
        Bi noTls = Bi.run("serve", "--devices", devices().toString(), "--port", "0", "--client-auth", "required");
        assertThat(noTls.err()).startsWith("bi serve: --client-auth needs TLS");
        Bi half = Bi.run("serve", "--devices", devices().toString(), "--port", "0", "--tls-cert", "a.pem");
        assertThat(half.err()).isEqualTo("bi serve: --tls-cert and --tls-key go together\n");
        Path config = Files.writeString(dir.resolve("serve.yml"),
                "listen:\n  port: 0\n  tls:\n    certificate: a.pem\n    key: b.pem\n    clientAuth: optional\n"
                        + "registry:\n  csv:\n    path: devices.csv\nanswers:\n  homeNetId: 000013\n");
        devices();
        Bi noTrust = Bi.run("serve", "--config", config.toString());
        assertThat(noTrust.status()).isEqualTo(2);
        assertThat(noTrust.err()).isEqualTo("bi serve: listen.tls.clientAuth optional needs trust.configDirectory: "
                + "the client CAs trusted per SenderID\n");
    }

    @Test
    void missing_tls_files_are_named() throws IOException {
        devices();
        Path config = Files.writeString(dir.resolve("serve.yml"),
                "listen:\n  port: 0\n  tls:\n    certificate: tls/chain.pem\n    key: tls/key.pem\n"
                        + "registry:\n  csv:\n    path: devices.csv\nanswers:\n  homeNetId: 000013\n");
        Bi r = Bi.run("serve", "--config", config.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("bi serve: listen.tls: " + dir.resolve("tls/chain.pem")).contains("no such file");
    }

    @Test
    void a_jdbc_registry_without_the_join_euis_it_answers_for_is_refused() throws IOException {
        Path jdbc = Files.writeString(dir.resolve("jdbc.yml"), "listen:\n  port: 0\nregistry:\n  type: jdbc\n  jdbc:\n"
                + "    url: jdbc:postgresql://localhost/db\n    query: chirpstack\n");
        assertThat(Bi.run("serve", "--config", jdbc.toString()).err())
                .isEqualTo("bi serve: registry.type jdbc needs answers.joinEuiRanges: the JoinEUIs answered for\n");
    }

    @Test
    void a_secret_that_cannot_be_read_is_named_by_its_source_only() throws IOException {
        devices();
        Path config = Files.writeString(dir.resolve("serve.yml"),
                "listen:\n  port: 0\nregistry:\n  csv:\n    path: devices.csv\nanswers:\n  homeNetId: 000013\n"
                        + "trust:\n  staticCredentials:\n    000013: {env: BI_TEST_UNSET_VARIABLE_4711}\n");
        Bi r = Bi.run("serve", "--config", config.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("bi serve: the environment variable BI_TEST_UNSET_VARIABLE_4711 is not set or empty\n");
    }
}
