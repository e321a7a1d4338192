package io.lorawanbi.server.testsupport;

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
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with client certificates: the TLS layer accepts every client chain of the test PKI, and the
 * BI-level ClientCertificateAuthenticator decides per SenderID which CA counts. What every HTTPS adapter
 * of a BiServer does; an adapter's test extends this class and starts its adapter in
 * {@link #startHttps(BiServer, InetSocketAddress, SSLContext, ClientAuth)}.
 */
@Timeout(30)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterClientCertificateContract {

    /** Whether the TLS handshake asks for a client certificate ({@code WANT}) or requires one ({@code NEED}). */
    public enum ClientAuth {
        WANT,
        NEED
    }

    /**
     * Starts the adapter under test over HTTPS for {@code server}, bound to {@code address} (port 0: a
     * port the system chooses), with {@code tls} as its server context and {@code clientAuth} as its
     * client certificate policy.
     */
    protected abstract RunningAdapter startHttps(BiServer server, InetSocketAddress address, SSLContext tls,
            ClientAuth clientAuth) throws Exception;

    protected static final NetID TRUSTED_NET_ID = NetID.parse("000013");
    protected static final NetID OTHER_NET_ID = NetID.parse("C00053");
    protected static final NetID HOME = NetID.parse("600010");
    protected static final Duration TIMEOUT = Duration.ofSeconds(5);
    protected static final BiCodec CODEC = BiCodec.standard();

    protected TestPki pki;
    protected BiServer server;
    /** The adapter started for the whole class, asking for (not requiring) a client certificate. */
    protected RunningAdapter https;
    protected final AtomicReference<RequestContext> seen = new AtomicReference<>();

    @BeforeAll
    public void startAdapter(@TempDir Path dir) throws Exception {
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
        https = startHttps(server, new InetSocketAddress("127.0.0.1", 0), pki.serverContext(), ClientAuth.WANT);
    }

    @AfterAll
    public void stopAdapter() {
        if (https != null) {
            https.close();
        }
    }

    @BeforeEach
    public void forget() {
        seen.set(null);
    }

    protected HttpClient client(TestPki.Identity identity) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(pki.clientContext(identity))
                .connectTimeout(TIMEOUT)
                .build();
    }

    protected static HomeNSReq request(PartyID sender) {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .senderId(sender).transactionId(777L).build();
        return new HomeNSReq(h, Fixtures.DEV_EUI);
    }

    protected HomeNSAns send(TestPki.Identity identity, PartyID sender) throws Exception {
        return send(https, identity, sender);
    }

    protected HomeNSAns send(RunningAdapter target, TestPki.Identity identity, PartyID sender) throws Exception {
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

    protected void assertUnknownSender(HomeNSAns answer) {
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(answer.hNetId()).isNull();
        assertThat(seen.get()).as("no handler runs for an unauthenticated sender").isNull();
    }

    @Test
    public void https_uri_names_the_scheme_and_bound_port() {
        assertThat(https.uri().getScheme()).isEqualTo("https");
        assertThat(https.uri().getPort()).isEqualTo(https.address().getPort()).isPositive();
    }

    @Test
    public void a_certificate_from_the_ca_trusted_for_the_sender_id_succeeds() throws Exception {
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
    public void a_certificate_from_the_other_ca_succeeds_for_its_own_sender_id() throws Exception {
        HomeNSAns answer = send(pki.otherClient, OTHER_NET_ID);

        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(seen.get().peer().id()).isEqualTo(OTHER_NET_ID);
        assertThat(seen.get().peer().addresses()).containsExactlyElementsOf(TestPki.OTHER_CLIENT_DNS);
    }

    @Test
    public void the_trusted_certificate_claiming_another_sender_id_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.trustedClient, OTHER_NET_ID));
    }

    @Test
    public void a_certificate_from_the_other_ca_claiming_the_trusted_sender_id_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.otherClient, TRUSTED_NET_ID));
    }

    @Test
    public void a_certificate_from_an_untrusted_ca_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.untrustedClient, TRUSTED_NET_ID));
    }

    @Test
    public void a_sender_id_with_no_trusted_ca_gets_unknown_sender() throws Exception {
        assertUnknownSender(send(pki.trustedClient, NetID.parse("000042")));
    }

    @Test
    public void no_client_certificate_gets_unknown_sender_without_failing_the_handshake() throws Exception {
        assertUnknownSender(send(null, TRUSTED_NET_ID));
    }

    @Test
    public void with_client_auth_need_a_client_without_certificate_fails_the_handshake() throws Exception {
        try (RunningAdapter need = startHttps(server, new InetSocketAddress("127.0.0.1", 0),
                pki.serverContext(), ClientAuth.NEED)) {
            assertThatThrownBy(() -> send(need, null, TRUSTED_NET_ID)).isInstanceOf(IOException.class);
            assertThat(seen.get()).isNull();

            assertThat(send(need, pki.trustedClient, TRUSTED_NET_ID).result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(seen.get().peer().addresses()).containsExactlyElementsOf(TestPki.TRUSTED_CLIENT_DNS);
        }
    }
}
