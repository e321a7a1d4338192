package io.lorawanbi.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.jetty.BiJettyServer.ClientAuth;
import io.lorawanbi.server.testsupport.TestPki;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** HTTP/2 besides HTTP/1.1: h2 negotiated with ALPN over TLS, h2c by upgrade over plain TCP. */
@Timeout(60)
class Http2Test {

    static final BiCodec CODEC = BiCodec.standard();
    static final BiServer SERVER = BiServer.builder()
            .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
            .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(Fixtures.NET_ID)))
            .build();

    @TempDir
    static Path dir;

    static TestPki pki;

    @BeforeAll
    static void generate() throws Exception {
        pki = TestPki.generate(dir); // keytool, slow on a busy machine: once for the class
    }

    static HttpResponse<byte[]> post(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1))))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static void assertSuccess(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(CODEC.decode(response.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.Success);
    }

    @Test
    void h2_is_negotiated_over_tls_and_http_1_1_still_served() throws Exception {
        try (BiJettyServer jetty = BiJettyServer.builder(SERVER).tls(pki.serverContext(), ClientAuth.WANT).start()) {
            HttpResponse<byte[]> h2 = post(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                    .sslContext(pki.clientContext(pki.trustedClient)).build(), jetty.uri());
            assertSuccess(h2);
            assertThat(h2.version()).isEqualTo(HttpClient.Version.HTTP_2);

            HttpResponse<byte[]> h1 = post(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(pki.clientContext(pki.trustedClient)).build(), jetty.uri());
            assertSuccess(h1);
            assertThat(h1.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }

    @Test
    void h2c_is_served_over_plain_tcp() throws Exception {
        try (BiJettyServer jetty = BiJettyServer.builder(SERVER).start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            // The JDK client asks for the h2c upgrade on a request without a body: a GET (answered 405).
            HttpResponse<Void> upgrade = client.send(HttpRequest.newBuilder(jetty.uri()).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            assertThat(upgrade.statusCode()).isEqualTo(405);
            assertThat(upgrade.version()).isEqualTo(HttpClient.Version.HTTP_2);
            HttpResponse<byte[]> h2c = post(client, jetty.uri());
            assertSuccess(h2c);
            assertThat(h2c.version()).isEqualTo(HttpClient.Version.HTTP_2);
        }
    }

    @Test
    void without_http2_only_http_1_1_is_served() throws Exception {
        try (BiJettyServer jetty = BiJettyServer.builder(SERVER).http2(false).start()) {
            HttpResponse<byte[]> response = post(HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build(),
                    jetty.uri());
            assertSuccess(response);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }
}
