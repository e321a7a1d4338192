package io.lorawanbi.server.jetty;

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
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestContext;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import io.lorawanbi.server.jetty.BiJettyServer.ClientAuth;
import io.lorawanbi.server.testsupport.TestPki;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with client certificates on Jetty: the TLS layer accepts every client chain of the test PKI, and the
 * BI-level ClientCertificateAuthenticator decides per SenderID which CA counts.
 */
@Timeout(60)
class HttpsClientCertificateTest {

    static final NetID TRUSTED_NET_ID = NetID.parse("000013");
    static final NetID OTHER_NET_ID = NetID.parse("C00053");
    static final NetID HOME = NetID.parse("600010");
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final BiCodec CODEC = BiCodec.standard();

    @TempDir
    static Path dir;

    static TestPki pki;
    static BiJettyServer https;
    static final AtomicReference<RequestContext> seen = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        pki = TestPki.generate(dir);
        server = BiServer.builder()
                .authenticator(ClientCertificateAuthenticator.builder()
                        .trust(TRUSTED_NET_ID, pki.trustedCa)
                        .trust(OTHER_NET_ID, pki.otherCa)
                        .build())
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> {
                    seen.set(ctx);
                    return HomeNSOutcome.found(HOME);
                }))
                .build();
        https = BiJettyServer.builder(server).tls(pki.serverContext(), ClientAuth.WANT).start();
    }

    @AfterAll
    static void stop() {
        if (https != null) {
            https.close();
        }
    }

    @BeforeEach
    void forget() {
        seen.set(null);
    }

    static BiServer server;

    static HttpClient client(TestPki.Identity identity) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(pki.clientContext(identity))
                .connectTimeout(TIMEOUT)
                .build();
    }

    static HomeNSReq request(PartyID sender) {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .senderId(sender).transactionId(777L).build();
        return new HomeNSReq(h, Fixtures.DEV_EUI);
    }

    static HomeNSAns send(TestPki.Identity identity, PartyID sender) throws Exception {
        return send(https, identity, sender);
    }

    static HomeNSAns send(BiJettyServer target, TestPki.Identity identity, PartyID sender) throws Exception {
        HomeNSReq request = request(sender);
        HttpResponse<byte[]> response = client(identity).send(HttpRequest.newBuilder(target.uri().resolve("/bi"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(request)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        assertThat(answer.header().transactionId()).isEqualTo(777L);
        assertThat(answer.header().receiverId()).isEqualTo(sender);
        assertThat(answer.header().senderId()).isEqualTo(Fixtures.JOIN_EUI);
        return answer;
    }

    static void assertUnknownSender(HomeNSAns answer) {
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(answer.hNetId()).isNull();
        assertThat(seen.get()).as("no handler runs for an unauthenticated sender").isNull();
    }

    @Test
    void https_uri_names_the_scheme_and_bound_port() {
        assertThat(https.uri().getScheme()).isEqualTo("https");
        assertThat(https.uri().getPort()).isEqualTo(https.address().getPort()).isPositive();
    }

    @Test
    void a_certificate_from_the_ca_trusted_for_the_sender_id_succeeds() throws Exception {
        HomeNSAns answer = send(pki.trustedClient, TRUSTED_NET_ID);

        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(answer.hNetId()).isEqualTo(HOME);
        RequestContext ctx = seen.get();
        assertThat(ctx).isNotNull();
        assertThat(ctx.peer().id()).isEqualTo(TRUSTED_NET_ID);
        assertThat(ctx.peer().mechanism()).isEqualTo(AuthenticatedPeer.Mechanism.TLS_CLIENT_CERTIFICATE);
        assertThat(ctx.peer().addresses()).containsExactlyElementsOf(TestPki.TRUSTED_CLIENT_DNS);
        assertThat(ctx.version()).isEqualTo(ProtocolVersion.V1_1);
        assertThat(ctx.remoteAddress()).hasValueSatisfying(a -> assertThat(a.getAddress().isLoopbackAddress()).isTrue());
    }

    @Test
    void a_certificate_from_the_other_ca_succeeds_for_its_own_sender_id() throws Exception {
        HomeNSAns answer = send(pki.otherClient, OTHER_NET_ID);

        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(seen.get().peer().id()).isEqualTo(OTHER_NET_ID);
        assertThat(seen.get().peer().addresses()).containsExactlyElementsOf(TestPki.OTHER_CLIENT_DNS);
    }

    @Test
    void the_trusted_certificate_claiming_another_sender_id_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.trustedClient, OTHER_NET_ID));
    }

    @Test
    void a_certificate_from_the_other_ca_claiming_the_trusted_sender_id_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.otherClient, TRUSTED_NET_ID));
    }

    @Test
    void a_certificate_from_an_untrusted_ca_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.untrustedClient, TRUSTED_NET_ID));
    }

    @Test
    void a_sender_id_with_no_trusted_ca_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.trustedClient, NetID.parse("000042")));
    }

    @Test
    void no_client_certificate_gets_unknown_sender_without_failing_the_handshake() throws Exception {
        assertUnknownSender(send(null, TRUSTED_NET_ID));
    }

    @Test
    void with_client_auth_need_a_client_without_certificate_fails_the_handshake() throws Exception {
        try (BiJettyServer need = BiJettyServer.builder(server).address(new InetSocketAddress("127.0.0.1", 0))
                .tls(pki.serverContext(), ClientAuth.NEED).start()) {
            assertThatThrownBy(() -> send(need, null, TRUSTED_NET_ID)).isInstanceOf(IOException.class);
            assertThat(seen.get()).isNull();

            assertThat(send(need, pki.trustedClient, TRUSTED_NET_ID).result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(seen.get().peer().addresses()).containsExactlyElementsOf(TestPki.TRUSTED_CLIENT_DNS);
        }
    }
}
