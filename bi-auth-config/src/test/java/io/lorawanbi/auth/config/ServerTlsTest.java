package io.lorawanbi.auth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.auth.ClientAuthUsage;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.server.testsupport.TestPki;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS terminated by the JVM with client authentication, configured from files only: the server's
 * PEM chain and PKCS#8 key, and a sender CA directory.
 */
@Timeout(60)
class ServerTlsTest {

    static final NetID PARTNER = NetID.parse("000013");
    static final NetID OTHER = NetID.parse("C00053");
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final BiCodec CODEC = BiCodec.standard();

    @TempDir
    static Path dir;

    static TestPki pki;
    static BiHttpServer https;

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.generate(Files.createDirectory(dir.resolve("pki")));
        Path config = Files.createDirectory(dir.resolve("interop"));
        Files.writeString(config.resolve("config.yml"), "000013: ca-000013.pem\nC00053: ca-C00053.pem\n");
        Files.writeString(config.resolve("ca-000013.pem"), TestPki.pem(List.of(pki.trustedCa)));
        Files.writeString(config.resolve("ca-C00053.pem"), TestPki.pem(List.of(pki.otherCa)));
        Files.writeString(dir.resolve("server.pem"), TestPki.pem(pki.server.chain()));
        Files.writeString(dir.resolve("server.key"), TestPki.pem(pki.server.key()));

        // tag::jvm-tls[]
        SenderClientCas senders = SenderClientCas.load(Path.of(dir + "/interop")); // config.yml: 000013: ca-000013.pem
        SSLContext tls = ServerTls.sslContext(Path.of(dir + "/server.pem"), Path.of(dir + "/server.key"),
                senders.allCas()); // the TLS layer accepts any configured CA...
        BiServer server = BiServer.builder()
                .authenticator(senders.authenticator()) // ...and each SenderID only its own
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(NetID.parse("600010"))))
                .build();
        https = BiHttpServer.https(server, new InetSocketAddress("127.0.0.1", 0), tls, BiHttpServer.ClientAuth.WANT);
        // end::jvm-tls[]
    }

    @AfterAll
    static void stop() {
        if (https != null) {
            https.close();
        }
    }

    static ResultCode send(TestPki.Identity identity, PartyID sender) throws Exception {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(sender).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .sslContext(pki.clientContext(identity)).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(https.uri()).timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(new HomeNSReq(h, Fixtures.DEV_EUI)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return CODEC.decode(response.body(), HomeNSAns.class).result().resultCode();
    }

    @Test
    void each_configured_sender_is_accepted_for_its_own_sender_id_only() throws Exception {
        assertThat(send(pki.trustedClient, PARTNER)).isEqualTo(ResultCode.Success);
        assertThat(send(pki.otherClient, OTHER)).isEqualTo(ResultCode.Success);
        assertThat(send(pki.otherClient, PARTNER)).isEqualTo(ResultCode.UnknownSender);
        assertThat(send(null, PARTNER)).as("no certificate").isEqualTo(ResultCode.UnknownSender);
    }

    @Test
    void a_certificate_of_an_unconfigured_ca_is_not_presented_and_one_for_servers_fails_the_handshake() throws Exception {
        // The listener names the configured CAs in its certificate request, so the JDK client keeps a
        // certificate of another CA to itself and is answered as a client without one.
        assertThat(send(pki.untrustedClient, PARTNER)).isEqualTo(ResultCode.UnknownSender);
        assertThatThrownBy(() -> send(pki.trustedServerUsageClient, PARTNER)).isInstanceOf(IOException.class);
    }

    @Test
    void required_client_auth_usage_refuses_a_leaf_without_the_extension_at_the_handshake() throws Exception {
        X509Certificate noUsage = pki.server.leaf(); // self-signed, without extended key usage
        X509Certificate[] chain = {noUsage};
        X509TrustManager ifPresent = ServerTls.clientTrustManager(List.of(noUsage), ClientAuthUsage.IF_PRESENT);
        X509TrustManager required = ServerTls.clientTrustManager(List.of(noUsage), ClientAuthUsage.REQUIRED);
        ifPresent.checkClientTrusted(chain, "EC");
        assertThatThrownBy(() -> required.checkClientTrusted(chain, "EC")).isInstanceOf(CertificateException.class)
                .hasMessageContaining("clientAuth");
        ServerTls.clientTrustManager(List.of(pki.trustedCa), ClientAuthUsage.REQUIRED)
                .checkClientTrusted(pki.trustedClient.chain().toArray(new X509Certificate[0]), "EC");
        assertThatThrownBy(() -> ServerTls.clientTrustManager(List.of(), ClientAuthUsage.IF_PRESENT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keys_that_do_not_fit_or_are_not_pkcs8_are_refused_without_showing_them() throws Exception {
        Path chain = dir.resolve("server.pem");
        Path wrong = dir.resolve("wrong.key");
        Files.writeString(wrong, TestPki.pem(pki.trustedClient.key()));
        assertThatThrownBy(() -> ServerTls.sslContext(chain, wrong)).isInstanceOf(TrustConfigException.class)
                .hasMessageContaining("does not belong to the first certificate");

        String pkcs8 = TestPki.pem(pki.server.key());
        Path sec1 = dir.resolve("sec1.key");
        Files.writeString(sec1, pkcs8.replace("PRIVATE KEY", "EC PRIVATE KEY"));
        assertThatThrownBy(() -> ServerTls.sslContext(chain, sec1)).isInstanceOf(TrustConfigException.class)
                .hasMessageContaining("sec1.key:1: EC PRIVATE KEY is not PKCS#8").hasMessageNotContaining(pkcs8.substring(30, 60));
        Path encrypted = dir.resolve("encrypted.key");
        Files.writeString(encrypted, pkcs8.replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY"), StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ServerTls.sslContext(chain, encrypted)).hasMessageContaining("encrypted");
        Path garbage = dir.resolve("garbage.key");
        Files.writeString(garbage, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> ServerTls.sslContext(chain, garbage)).isInstanceOf(TrustConfigException.class)
                .hasMessageContaining("garbage.key:1: not a PKCS#8 private key");

        assertThat(ServerTls.sslContext(chain, dir.resolve("server.key")).getProtocol()).isEqualTo("TLS");
    }
}
