package io.lorawanbi.server.nginx;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import io.lorawanbi.server.auth.ForwardedCertificateFormat;
import io.lorawanbi.server.auth.ForwardedClientCertificateAuthenticator;
import io.lorawanbi.server.auth.TrustedProxies;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.server.testsupport.LogCapture;
import io.lorawanbi.server.testsupport.NginxProcess;
import io.lorawanbi.server.testsupport.TestPki;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real nginx terminates TLS with client authentication on loopback and forwards
 * {@code $ssl_client_escaped_cert} to a {@link BiHttpServer}; the server believes it from nginx only.
 * nginx connects from 127.0.0.2 ({@code proxy_bind}), the only trusted proxy, so a client that reaches
 * the server directly from 127.0.0.1 is not believed. Runs in the {@code nginx} Maven profile, and
 * fails when nginx is missing.
 */
@Tag("nginx")
@Timeout(120)
class NginxForwardedCertificateTest {

    static final NetID TRUSTED_NET_ID = NetID.parse("000013");
    static final NetID OTHER_NET_ID = NetID.parse("C00053");
    static final String HEADER = "X-SSL-Client-Cert";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final BiCodec CODEC = BiCodec.standard();

    @TempDir
    static Path dir;

    static TestPki pki;
    static BiHttpServer backend;
    static NginxProcess nginx;
    static final AtomicInteger handled = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        NginxProcess.binary(); // fail at once, before generating anything, when nginx is missing
        Path pkiDir = Files.createDirectory(dir.resolve("pki"));
        pki = TestPki.generate(pkiDir);
        Path conf = Files.createDirectory(dir.resolve("nginx"));
        Files.writeString(conf.resolve("server.crt"), TestPki.pem(pki.server.chain()), StandardCharsets.US_ASCII);
        Files.writeString(conf.resolve("server.key"), TestPki.pem(pki.server.key()), StandardCharsets.US_ASCII);
        // As with the JVM's own TLS in HttpsClientCertificateTest: the TLS layer accepts all three CAs,
        // and the BI-level authenticator decides per SenderID.
        Files.writeString(conf.resolve("client-cas.pem"), TestPki.pem(List.of(pki.trustedCa, pki.otherCa, pki.untrustedCa)),
                StandardCharsets.US_ASCII);

        ClientCertificateAuthenticator certificates = ClientCertificateAuthenticator.builder()
                .trust(TRUSTED_NET_ID, pki.trustedCa)
                .trust(OTHER_NET_ID, pki.otherCa)
                .build();
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.firstApplicable(List.of(ForwardedClientCertificateAuthenticator.of(
                        TrustedProxies.of("127.0.0.2/32"), ForwardedCertificateFormat.nginx(HEADER), certificates))))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> {
                    handled.incrementAndGet();
                    return HomeNSOutcome.found(NetID.parse("600010"));
                }))
                .build();
        backend = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
        int backendPort = backend.address().getPort();
        nginx = NginxProcess.start(conf, port -> """
                    server {
                        listen 127.0.0.1:%d ssl;
                        ssl_certificate %s/server.crt;
                        ssl_certificate_key %s/server.key;
                        ssl_client_certificate %s/client-cas.pem;
                        ssl_verify_client optional;
                        location / {
                            proxy_pass http://127.0.0.1:%d;
                            proxy_bind 127.0.0.2;
                            proxy_set_header %s $ssl_client_escaped_cert;
                        }
                    }
                """.formatted(port, conf, conf, conf, backendPort, HEADER));
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    static HttpResponse<byte[]> post(URI uri, TestPki.Identity identity, PartyID sender, String... headers) throws Exception {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(sender).build();
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT);
        if (uri.getScheme().equals("https")) {
            client.sslContext(pki.clientContext(identity));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(new HomeNSReq(h, Fixtures.DEV_EUI))));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static ResultCode viaNginx(TestPki.Identity identity, PartyID sender, String... headers) throws Exception {
        HttpResponse<byte[]> response = post(URI.create("https://127.0.0.1:" + nginx.port() + "/bi"), identity, sender, headers);
        assertThat(response.statusCode()).as("nginx answered %s%s", new String(response.body(), StandardCharsets.UTF_8),
                nginx.logs()).isEqualTo(200);
        return CODEC.decode(response.body(), HomeNSAns.class).result().resultCode();
    }

    static String escapedLeaf(X509Certificate leaf) {
        StringBuilder out = new StringBuilder();
        for (byte b : TestPki.pem(List.of(leaf)).getBytes(StandardCharsets.US_ASCII)) {
            char c = (char) b;
            out.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : String.format("%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    @Test
    void client_certificates_through_nginx_are_answered_as_with_direct_tls() throws Exception {
        int before = handled.get();
        List<String> outcomes = new ArrayList<>();
        outcomes.add("trusted " + viaNginx(pki.trustedClient, TRUSTED_NET_ID));
        outcomes.add("other " + viaNginx(pki.otherClient, OTHER_NET_ID));
        outcomes.add("trusted as other NetID " + viaNginx(pki.trustedClient, OTHER_NET_ID));
        outcomes.add("untrusted CA " + viaNginx(pki.untrustedClient, TRUSTED_NET_ID));
        outcomes.add("no certificate " + viaNginx(null, TRUSTED_NET_ID));

        assertThat(outcomes).containsExactly("trusted Success", "other Success", "trusted as other NetID UnknownSender",
                "untrusted CA UnknownSender", "no certificate UnknownSender");
        assertThat(handled.get() - before).isEqualTo(2);
    }

    @Test
    void a_header_sent_by_the_client_does_not_pass_through_nginx() throws Exception {
        int before = handled.get();
        assertThat(viaNginx(null, TRUSTED_NET_ID, HEADER, escapedLeaf(pki.trustedClient.leaf())))
                .isEqualTo(ResultCode.UnknownSender);
        assertThat(viaNginx(pki.untrustedClient, TRUSTED_NET_ID, HEADER, escapedLeaf(pki.trustedClient.leaf())))
                .isEqualTo(ResultCode.UnknownSender);
        assertThat(handled.get()).isEqualTo(before);
    }

    @Test
    void the_same_header_sent_straight_to_the_server_is_ignored() throws Exception {
        int before = handled.get();
        HttpResponse<byte[]> response;
        try (LogCapture log = LogCapture.install()) {
            response = post(backend.uri().resolve("/bi"), null, TRUSTED_NET_ID, HEADER, escapedLeaf(pki.trustedClient.leaf()));
            assertThat(log.records()).anySatisfy(r -> assertThat(r).contains("ignored", HEADER, "127.0.0.1"));
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(CODEC.decode(response.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(handled.get()).isEqualTo(before);
    }
}
