package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.JoinEuiRange;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML configuration of {@code bi serve}: every section read, and every mistake named by file, line and key. */
class ServeConfigTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("serve.yml"), yaml);
    }

    @Test
    void every_section_is_read_with_paths_relative_to_the_file() throws IOException {
        Path file = write("""
                listen:
                  bind: 0.0.0.0
                  port: 8886
                  tls:
                    certificate: tls/chain.pem
                    key: tls/key.pem
                    clientAuth: required
                    reload: 30s
                trust:
                  configDirectory: senders
                  trustedProxies: [10.0.0.0/8, 127.0.0.1]
                  forwardedCertificateFormat: nginx
                  forwardedCertificateHeader: X-SSL-Client-Cert
                  packetBroker:
                    publicAddress: https://hns.example.net:8886
                  staticCredentials:
                    000013: {file: secrets/000013.token}
                    70B3D57ED0000000: {env: BI_TOKEN, scheme: authorization}
                answers:
                  joinEuiRanges: [70B3D57ED0000000/36]
                  homeNetId: 000013
                  homeNsid: 70B3D57ED0001000
                registry:
                  type: csv
                  csv:
                    path: devices.csv
                shutdown:
                  grace: 15s
                """);
        ServeConfig c = ServeConfig.load(file);
        assertThat(c.listen().bind()).isEqualTo("0.0.0.0");
        assertThat(c.listen().port()).contains(8886);
        TlsConfig tls = c.listen().tls().orElseThrow();
        assertThat(tls.certificate()).isEqualTo(dir.resolve("tls/chain.pem"));
        assertThat(tls.clientAuth()).isEqualTo(TlsConfig.ClientAuth.REQUIRED);
        assertThat(tls.reload()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.trust().configDirectory()).contains(dir.resolve("senders"));
        assertThat(c.trust().trustedProxies().contains(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(c.trust().trustedProxies().contains(InetAddress.getByName("192.168.0.1"))).isFalse();
        assertThat(c.trust().forwardedCertificate().orElseThrow().format().headerNames()).containsExactly("X-SSL-Client-Cert");
        assertThat(c.trust().packetBroker().orElseThrow().publicAddress()).isEqualTo("https://hns.example.net:8886");
        assertThat(c.trust().staticCredentials()).extracting(StaticCredentialConfig::senderId)
                .containsExactly(NetID.parse("000013"), EUI64.parse("70B3D57ED0000000"));
        assertThat(c.trust().staticCredentials().get(1).scheme()).isEqualTo(StaticCredentialConfig.Scheme.AUTHORIZATION);
        assertThat(c.answers().joinEuiRanges()).containsExactly(JoinEuiRange.parse("70B3D57ED0000000/36"));
        assertThat(c.answers().homeNetId()).contains(NetID.parse("000013"));
        assertThat(c.answers().homeNsid()).contains(EUI64.parse("70B3D57ED0001000"));
        assertThat(c.registry().csv()).contains(dir.resolve("devices.csv"));
        assertThat(c.shutdown().grace()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void the_sections_left_for_later_are_parsed() throws IOException {
        ServeConfig c = ServeConfig.load(write("""
                registry:
                  type: jdbc
                  jdbc:
                    url: jdbc:postgresql://db.example.net/chirpstack?password=hidden
                    username: bi
                    password: {env: BI_DB_PASSWORD}
                    query: chirpstack
                    maxPoolSize: 4
                    timeout: 2s
                log:
                  level: DEBUG
                metrics:
                  port: 9090
                """));
        assertThat(c.registry().jdbc().orElseThrow().maxPoolSize()).contains(4);
        assertThat(c.registry().jdbc().orElseThrow().toString()).doesNotContain("hidden");
        assertThat(c.log().orElseThrow().level()).isEqualTo(System.Logger.Level.DEBUG);
        assertThat(c.metrics().orElseThrow()).isEqualTo(new MetricsConfig("127.0.0.1", 9090));
    }

    @Test
    void an_unknown_key_is_an_error_naming_file_line_and_the_known_keys() throws IOException {
        Path file = write("listen:\n  port: 8886\n  tsl:\n    certificate: a.pem\n");
        assertThatThrownBy(() -> ServeConfig.load(file)).isInstanceOf(UsageException.class)
                .hasMessage(file + ":3: unknown key 'listen.tsl'; the keys of listen are bind, port, tls");
    }

    @Test
    void an_unknown_section_is_an_error() throws IOException {
        Path file = write("listen:\n  port: 1\nlisten2: {}\n");
        assertThatThrownBy(() -> ServeConfig.load(file))
                .hasMessage(file + ":3: unknown key 'listen2'; the sections are listen, trust, answers, registry, log, metrics, shutdown");
    }

    @Test
    void a_wrong_type_names_the_key_and_what_was_expected() throws IOException {
        Path port = write("listen:\n  port: eighty\n");
        assertThatThrownBy(() -> ServeConfig.load(port))
                .hasMessage(port + ":2: listen.port: expected a whole number from 0 to 65535, got 'eighty'");
        Path list = write("listen:\n  bind: [a, b]\n");
        assertThatThrownBy(() -> ServeConfig.load(list)).hasMessage(list + ":2: listen.bind: expected a single value, found a list");
        Path net = write("answers:\n  homeNetId: 13\n");
        assertThatThrownBy(() -> ServeConfig.load(net)).hasMessageStartingWith(net + ":2: answers.homeNetId: expected a NetID");
        Path grace = write("shutdown:\n  grace: 10\n");
        assertThatThrownBy(() -> ServeConfig.load(grace))
                .hasMessage(grace + ":2: shutdown.grace: expected a duration such as 500ms, 30s, 5m or 1h, got '10'");
        Path auth = write("listen:\n  tls:\n    certificate: a\n    key: b\n    clientAuth: maybe\n");
        assertThatThrownBy(() -> ServeConfig.load(auth))
                .hasMessage(auth + ":5: listen.tls.clientAuth: expected one of none, optional, required, got 'maybe'");
    }

    @Test
    void a_missing_required_key_names_the_section() throws IOException {
        Path file = write("listen:\n  tls:\n    certificate: a.pem\n");
        assertThatThrownBy(() -> ServeConfig.load(file)).hasMessage(file + ":3: listen.tls: key is required (PKCS#8 PEM)");
    }

    @Test
    void a_repeated_key_is_an_error() throws IOException {
        Path file = write("listen:\n  port: 1\n  port: 2\n");
        assertThatThrownBy(() -> ServeConfig.load(file)).hasMessage(file + ":3: listen.port: given twice");
    }

    @Test
    void secrets_are_never_inline() throws IOException {
        Path file = write("trust:\n  staticCredentials:\n    000013: s3cret-token\n");
        assertThatThrownBy(() -> ServeConfig.load(file)).hasMessageContaining("trust.staticCredentials.000013")
                .hasMessageContaining("expected {file: PATH} or {env: NAME}").hasMessageNotContaining("s3cret");
        Path both = write("trust:\n  staticCredentials:\n    000013: {file: a, env: B}\n");
        assertThatThrownBy(() -> ServeConfig.load(both)).hasMessageContaining("exactly one of file");
    }

    @Test
    void a_secret_is_read_from_its_file_or_variable_and_never_shown() throws IOException {
        Files.writeString(dir.resolve("token"), "s3cret\n");
        SecretSource file = new SecretSource(java.util.Optional.of(dir.resolve("token")), java.util.Optional.empty());
        assertThat(file.read(Map.of())).isEqualTo("s3cret");
        SecretSource env = new SecretSource(java.util.Optional.empty(), java.util.Optional.of("BI_T"));
        assertThat(env.read(Map.of("BI_T", "x"))).isEqualTo("x");
        assertThatThrownBy(() -> env.read(Map.of())).hasMessage("the environment variable BI_T is not set or empty");
        assertThat(file + " " + env).doesNotContain("s3cret");
    }

    @Test
    void forwarded_certificates_need_proxies_and_a_trust_directory() throws IOException {
        Path noProxy = write("trust:\n  configDirectory: d\n  forwardedCertificateFormat: envoy\n");
        assertThatThrownBy(() -> ServeConfig.load(noProxy)).hasMessageContaining("trustedProxies and forwardedCertificateFormat go together");
        Path noHeader = write("trust:\n  configDirectory: d\n  trustedProxies: 127.0.0.1\n  forwardedCertificateFormat: nginx\n");
        assertThatThrownBy(() -> ServeConfig.load(noHeader)).hasMessageContaining("nginx needs forwardedCertificateHeader");
        Path badCidr = write("trust:\n  trustedProxies: [proxy.example.net]\n");
        assertThatThrownBy(() -> ServeConfig.load(badCidr)).hasMessageStartingWith(badCidr + ":2: trust.trustedProxies: ");
    }

    @Test
    void missing_empty_and_malformed_files_are_named() throws IOException {
        Path none = dir.resolve("absent.yml");
        assertThatThrownBy(() -> ServeConfig.load(none)).hasMessage("no such file: " + none);
        Path empty = write("# nothing\n");
        assertThatThrownBy(() -> ServeConfig.load(empty)).hasMessageStartingWith(empty + ": empty");
        Path bad = write("listen:\n  port: [1\n");
        assertThatThrownBy(() -> ServeConfig.load(bad)).hasMessageStartingWith(bad + ":").hasMessageContaining("not valid YAML");
        Path scalar = write("just text\n");
        assertThatThrownBy(() -> ServeConfig.load(scalar)).hasMessage(scalar + ":1: expected a mapping of sections (listen, trust, ...)");
    }
}
