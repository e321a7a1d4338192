package io.lorawanbi.server.jetty.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.jetty.BiJettyServer;
import io.lorawanbi.server.jetty.BiJettyServer.ClientAuth;
import io.lorawanbi.server.testsupport.TestPki;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jetty example shown in docs/server.md, compiled and run here. */
class JettyExamplesTest {

    @TempDir
    Path dir;

    @Test
    void serve_on_jetty_with_tls_and_client_certificates() throws Exception {
        TestPki pki = TestPki.generate(dir);
        SSLContext sslContext = pki.serverContext();
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(NetID.parse("000013"))))
                .build();
        // tag::jetty[]
        try (BiJettyServer jetty = BiJettyServer.builder(server)
                .address(new InetSocketAddress("127.0.0.1", 0)) // port 0 picks a free port
                .tls(sslContext, ClientAuth.WANT)                // the verified chain reaches the authenticator
                .idleTimeout(Duration.ofSeconds(30))
                .maxConnections(1024)
                .start()) {
            URI endpoint = jetty.uri(); // https://127.0.0.1:port/, every path is served
            // ... peers POST HomeNSReq to the endpoint ...
            // end::jetty[]
            HttpResponse<byte[]> response = HttpClient.newBuilder().sslContext(pki.clientContext(pki.trustedClient))
                    .build().send(HttpRequest.newBuilder(endpoint)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(
                                    BiCodec.standard().encode(Fixtures.homeNSReq(ProtocolVersion.V1_1))))
                            .build(), HttpResponse.BodyHandlers.ofByteArray());
            HomeNSAns answer = BiCodec.standard().decode(response.body(), HomeNSAns.class);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(endpoint.getScheme()).isEqualTo("https");
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        }
    }
}
