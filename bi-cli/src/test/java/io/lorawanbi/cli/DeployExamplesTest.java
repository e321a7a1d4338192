package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.server.testsupport.NginxProcess;
import io.lorawanbi.server.testsupport.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three operator set-ups of docs/deploy.md, from the configuration files of examples/deploy as
 * shipped: each is copied unchanged (but for the Packet Broker issuer, which is a local one here)
 * into a directory where the files it names (relative to it) are generated, {@code bi serve --config}
 * runs in its own JVM, and {@code bi check} passes against it; then SIGTERM stops it with status 0.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(300)
class DeployExamplesTest {

    static final String JOIN_EUI = "70B3D57ED0000000";
    static final String DEV_EUI = "0102030405060708";

    @TempDir
    static Path shared;

    static TestPki pki;

    @BeforeAll
    static void pki() throws Exception {
        pki = TestPki.generate(Files.createDirectory(shared.resolve("pki")));
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root (with mvnw) above the working directory").isNotNull();
        return dir;
    }

    /** A deployment directory: the example configuration as serve.yml, the device file, TLS and trust files. */
    static Path deployment(Path dir, String example) throws IOException {
        Path examples = root().resolve("examples/deploy");
        Files.copy(examples.resolve(example), dir.resolve("serve.yml"));
        Files.copy(examples.resolve("devices.csv"), dir.resolve("devices.csv"));
        Path tls = Files.createDirectories(dir.resolve("tls"));
        Files.writeString(tls.resolve("fullchain.pem"), TestPki.pem(pki.server.chain()), StandardCharsets.US_ASCII);
        Files.writeString(tls.resolve("privkey.pem"), TestPki.pem(pki.server.key()), StandardCharsets.US_ASCII);
        Path senders = Files.createDirectories(dir.resolve("senders"));
        Files.writeString(senders.resolve("config.yml"), "000013: trusted-ca.pem\nC00053: other-ca.pem\n");
        Files.writeString(senders.resolve("trusted-ca.pem"), TestPki.pem(List.of(pki.trustedCa)), StandardCharsets.US_ASCII);
        Files.writeString(senders.resolve("other-ca.pem"), TestPki.pem(List.of(pki.otherCa)), StandardCharsets.US_ASCII);
        Path client = Files.createDirectories(dir.resolve("client"));
        Files.writeString(client.resolve("cert.pem"), TestPki.pem(pki.trustedClient.chain()), StandardCharsets.US_ASCII);
        Files.writeString(client.resolve("key.pem"), TestPki.pem(pki.trustedClient.key()), StandardCharsets.US_ASCII);
        Files.writeString(client.resolve("server-ca.pem"), TestPki.pem(List.of(pki.server.leaf())), StandardCharsets.US_ASCII);
        return dir;
    }

    /** {@code bi check} in process against a URL, with the suite's fixed device and extra arguments. */
    static Bi check(String url, String senderId, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", url, "--sender-id", senderId, "--join-eui", JOIN_EUI,
                "--dev-eui", DEV_EUI, "--home-ns-id-known", "--protocol-version", "both"));
        args.addAll(List.of(extra));
        return Bi.run(args.toArray(String[]::new));
    }

    static String[] clientTls(Path dir) {
        return new String[] {"--cert", dir.resolve("client/cert.pem").toString(), "--key", dir.resolve("client/key.pem").toString(),
            "--ca", dir.resolve("client/server-ca.pem").toString()};
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tls-client-auth.yml", "nginx-forwarded.yml", "packet-broker.yml"})
    void docs_deploy_md_shows_each_example_as_shipped_less_its_comments(String example) throws IOException {
        String shipped = Files.readString(root().resolve("examples/deploy").resolve(example));
        String withoutComments = shipped.lines().filter(l -> !l.strip().startsWith("#"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertThat(ServeConfig.load(root().resolve("examples/deploy").resolve(example))).isNotNull();
        assertThat(Files.readString(root().resolve("docs/deploy.md"))).contains("```yaml\n" + withoutComments + "```");
    }

    @Test
    void tls_in_the_jvm_with_client_certificates(@TempDir Path dir) throws Exception {
        deployment(dir, "tls-client-auth.yml");
        // Tests stay on loopback: the flags override the example's 0.0.0.0:8886.
        try (ServeProcess serve = ServeProcess.start(dir, Map.of(), "--config", "serve.yml", "--bind", "127.0.0.1",
                "--port", "0")) {
            assertThat(serve.uri.toString()).startsWith("https://127.0.0.1:");
            Bi result = check(serve.uri.toString(), "000013", clientTls(dir));
            assertThat(result.status()).as(result.out() + result.err()).isZero();
            assertThat(result.out()).contains("PASS  1.1  required_untrusted_sender_gets_unknown_sender", "every required rule passed");
            serve.stop();
        }
    }

    @Test
    @Tag("nginx")
    void behind_nginx_forwarding_the_client_certificate(@TempDir Path dir) throws Exception {
        NginxProcess.binary();
        deployment(dir, "nginx-forwarded.yml");
        try (ServeProcess serve = ServeProcess.start(dir, Map.of(), "--config", "serve.yml", "--port", "0")) {
            assertThat(serve.uri.toString()).startsWith("http://127.0.0.1:");
            Path conf = Files.createDirectory(dir.resolve("nginx"));
            Files.writeString(conf.resolve("client-cas.pem"), TestPki.pem(List.of(pki.trustedCa, pki.otherCa)),
                    StandardCharsets.US_ASCII);
            // The server block of docs/deploy.md, on a free loopback port.
            try (NginxProcess nginx = NginxProcess.start(conf, port -> """
                        server {
                            listen 127.0.0.1:%d ssl;
                            ssl_certificate %s;
                            ssl_certificate_key %s;
                            ssl_client_certificate %s;
                            ssl_verify_client on;
                            location / {
                                proxy_pass http://127.0.0.1:%d;
                                proxy_set_header X-SSL-Client-Cert $ssl_client_escaped_cert;
                            }
                        }
                    """.formatted(port, dir.resolve("tls/fullchain.pem"), dir.resolve("tls/privkey.pem"),
                    conf.resolve("client-cas.pem"), serve.uri.getPort()))) {
                Bi result = check("https://127.0.0.1:" + nginx.port() + "/", "000013", clientTls(dir));
                assertThat(result.status()).as(result.out() + result.err() + nginx.logs()).isZero();
                assertThat(result.out()).contains("PASS  1.1  required_untrusted_sender_gets_unknown_sender");
            }
            serve.stop();
        }
    }

    @Test
    void behind_a_load_balancer_with_packet_broker_tokens_and_a_static_token(@TempDir Path dir) throws Exception {
        deployment(dir, "packet-broker.yml");
        try (LocalTokenIssuer issuer = LocalTokenIssuer.start()) {
            Path config = dir.resolve("serve.yml");
            String yaml = Files.readString(config);
            assertThat(yaml).contains("issuer: https://iam.packetbroker.net");
            Files.writeString(config, yaml.replace("issuer: https://iam.packetbroker.net", "issuer: " + issuer.issuer()));
            String partnerToken = "partner-" + java.util.UUID.randomUUID();
            try (ServeProcess serve = ServeProcess.start(dir, Map.of("BI_TOKEN_600010", partnerToken),
                    "--config", "serve.yml", "--bind", "127.0.0.1", "--port", "0")) {
                String url = serve.uri.toString();
                Bi pb = check(url, "000000", "--token", issuer.clusterToken("https://hns.example.net:8886"));
                assertThat(pb.status()).as(pb.out() + pb.err()).isZero();
                Bi partner = check(url, "600010", "--token", partnerToken);
                assertThat(partner.status()).as(partner.out() + partner.err()).isZero();
                Bi wrongAudience = check(url, "000000", "--token", issuer.clusterToken("https://other.example.net"));
                assertThat(wrongAudience.status()).as("a token for another audience is refused").isNotZero();
                assertThat(wrongAudience.out() + wrongAudience.err()).contains("UnknownSender");
                serve.stop();
                assertThat(serve.err()).doesNotContain(partnerToken);
            }
        }
    }
}
