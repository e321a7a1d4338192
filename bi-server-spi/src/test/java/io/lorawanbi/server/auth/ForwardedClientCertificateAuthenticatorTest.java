package io.lorawanbi.server.auth;

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
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.RequestHeaders;
import io.lorawanbi.server.testsupport.LogCapture;
import io.lorawanbi.server.testsupport.TestPki;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A forwarded certificate is believed from trusted proxies only, and then validated as a direct one. */
@Timeout(30)
class ForwardedClientCertificateAuthenticatorTest {

    static final NetID TRUSTED_NET_ID = NetID.parse("000013");
    static final NetID OTHER_NET_ID = NetID.parse("C00053");
    static final String HEADER = "X-SSL-Client-Cert";
    static final InetSocketAddress PROXY = new InetSocketAddress("10.1.2.3", 40000);
    static final InetSocketAddress STRANGER = new InetSocketAddress("203.0.113.9", 40000);
    static final BiCodec CODEC = BiCodec.standard();

    @TempDir
    static Path dir;

    static TestPki pki;
    static ClientCertificateAuthenticator certificates;
    static ForwardedClientCertificateAuthenticator forwarded;
    static final AtomicInteger handled = new AtomicInteger();
    static BiServer server;

    @BeforeAll
    static void generate() throws Exception {
        pki = TestPki.generate(dir);
        certificates = ClientCertificateAuthenticator.builder()
                .trust(TRUSTED_NET_ID, pki.trustedCa)
                .trust(OTHER_NET_ID, pki.otherCa)
                .build();
        forwarded = ForwardedClientCertificateAuthenticator.of(TrustedProxies.of("10.0.0.0/8", "fd00::/8"),
                ForwardedCertificateFormat.nginx(HEADER), certificates);
        server = BiServer.builder()
                .authenticator(SenderAuthenticator.firstApplicable(List.of(forwarded, certificates)))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> {
                    handled.incrementAndGet();
                    return HomeNSOutcome.found(NetID.parse("600010"));
                }))
                .build();
    }

    static String escaped(List<X509Certificate> chain) {
        return ForwardedCertificateFormatTest.percentEncode(TestPki.pem(chain), "");
    }

    static InboundRequest request(PartyID sender, InetSocketAddress peer, String headerValue) {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(sender).build();
        InboundRequest.Builder b = InboundRequest.builder(CODEC.encode(new HomeNSReq(h, Fixtures.DEV_EUI)))
                .remoteAddress(peer);
        if (headerValue != null) {
            b.headers(RequestHeaders.of(HEADER, headerValue, "Content-Type", "application/json"));
        }
        return b.build();
    }

    static ResultCode answer(InboundRequest request) {
        return CODEC.decode(server.handle(request).body(), HomeNSAns.class).result().resultCode();
    }

    @Test
    void a_trusted_proxys_certificate_authenticates_its_sender_id_only() {
        int before = handled.get();
        assertThat(answer(request(TRUSTED_NET_ID, PROXY, escaped(List.of(pki.trustedClient.leaf())))))
                .isEqualTo(ResultCode.Success);
        assertThat(answer(request(OTHER_NET_ID, PROXY, escaped(List.of(pki.otherClient.leaf())))))
                .isEqualTo(ResultCode.Success);
        assertThat(answer(request(OTHER_NET_ID, PROXY, escaped(List.of(pki.trustedClient.leaf())))))
                .as("a certificate for another NetID").isEqualTo(ResultCode.UnknownSender);
        assertThat(answer(request(TRUSTED_NET_ID, PROXY, escaped(pki.untrustedClient.chain()))))
                .as("an untrusted CA").isEqualTo(ResultCode.UnknownSender);
        assertThat(answer(request(TRUSTED_NET_ID, PROXY, null))).as("no certificate").isEqualTo(ResultCode.UnknownSender);
        assertThat(handled.get() - before).isEqualTo(2);

        assertThat(forwarded.authenticate(request(TRUSTED_NET_ID, PROXY, escaped(pki.trustedClient.chain())),
                Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(TRUSTED_NET_ID).build()))
                .hasValue(new AuthenticatedPeer(TRUSTED_NET_ID, AuthenticatedPeer.Mechanism.TLS_CLIENT_CERTIFICATE,
                        TestPki.TRUSTED_CLIENT_DNS));
    }

    @Test
    void the_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored_and_logged_without_its_value() {
        int before = handled.get();
        String value = escaped(List.of(pki.trustedClient.leaf()));
        try (LogCapture log = LogCapture.install()) {
            assertThat(answer(request(TRUSTED_NET_ID, STRANGER, value))).isEqualTo(ResultCode.UnknownSender);
            assertThat(answer(request(TRUSTED_NET_ID, new InetSocketAddress("fe80::1", 1), value)))
                    .isEqualTo(ResultCode.UnknownSender);
            assertThat(log.records()).anySatisfy(r -> assertThat(r).contains("ignored", HEADER, "203.0.113.9"));
            assertThat(String.join("\n", log.records())).doesNotContain(value.substring(30, 90));
        }
        assertThat(handled.get()).isEqualTo(before);
        assertThat(forwarded.appliesTo(request(TRUSTED_NET_ID, STRANGER, value))).isFalse();
        assertThat(forwarded.forwardedChain(request(TRUSTED_NET_ID, STRANGER, value))).isEmpty();
        assertThat(forwarded.forwardedChain(request(TRUSTED_NET_ID, PROXY, value))).containsExactly(pki.trustedClient.leaf());
    }

    @Test
    void without_a_known_peer_address_nothing_is_believed() {
        InboundRequest noPeer = InboundRequest.builder(request(TRUSTED_NET_ID, PROXY, null).body())
                .headers(RequestHeaders.of(HEADER, escaped(List.of(pki.trustedClient.leaf())))).build();
        try (LogCapture log = LogCapture.install()) {
            assertThat(answer(noPeer)).isEqualTo(ResultCode.UnknownSender);
            assertThat(log.records()).anySatisfy(r -> assertThat(r).contains("ignored", "an unknown peer"));
        }
    }

    @Test
    void a_malformed_header_from_a_trusted_proxy_is_unknown_sender_logged_without_its_value() {
        int before = handled.get();
        String garbage = "not-a-certificate-4be1c0";
        try (LogCapture log = LogCapture.install()) {
            assertThat(server.handle(request(TRUSTED_NET_ID, PROXY, garbage)).status()).isEqualTo(200);
            assertThat(answer(request(TRUSTED_NET_ID, PROXY, garbage))).isEqualTo(ResultCode.UnknownSender);
            assertThat(log.records()).anySatisfy(r -> assertThat(r).contains("refused", "no PEM certificate"));
            assertThat(String.join("\n", log.records())).doesNotContain(garbage);
        }
        assertThat(handled.get()).isEqualTo(before);
    }

    @Test
    void a_direct_tls_chain_still_authenticates_when_no_header_is_forwarded() {
        InboundRequest direct = InboundRequest.builder(request(TRUSTED_NET_ID, STRANGER, null).body())
                .remoteAddress(STRANGER).peerCertificates(pki.trustedClient.chain()).build();
        assertThat(answer(direct)).isEqualTo(ResultCode.Success);
    }

    @Test
    void an_unverified_alb_passthrough_chain_is_validated_like_a_direct_one() {
        ForwardedClientCertificateAuthenticator alb = ForwardedClientCertificateAuthenticator.of(
                TrustedProxies.of("10.0.0.0/8"), ForwardedCertificateFormat.awsAlbPassthrough(), certificates);
        Header header = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(TRUSTED_NET_ID).build();
        java.util.function.Function<List<X509Certificate>, InboundRequest> forwarded = chain -> InboundRequest
                .builder(new byte[0]).remoteAddress(PROXY)
                .headers(RequestHeaders.of("X-Amzn-Mtls-Clientcert", ForwardedCertificateFormatTest.percentEncode(
                        TestPki.pem(chain), "+=/")))
                .build();

        assertThat(alb.authenticate(forwarded.apply(pki.trustedClient.chain()), header)).isPresent();
        assertThat(alb.authenticate(forwarded.apply(pki.untrustedClient.chain()), header)).isEmpty();
        assertThat(alb.authenticate(forwarded.apply(List.of(pki.trustedCa)), header)).as("the CA itself").isEmpty();
        assertThat(alb.authenticate(forwarded.apply(List.of(pki.untrustedClient.leaf(), pki.trustedCa)), header))
                .as("a leaf next to a CA that did not sign it").isEmpty();
    }

    @Test
    void the_client_auth_key_usage_is_checked_as_configured() {
        Header header = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(TRUSTED_NET_ID).build();
        List<X509Certificate> serverUsage = pki.trustedServerUsageClient.chain();
        assertThat(certificates.authenticate(serverUsage, header)).as("serverAuth only").isEmpty();
        assertThat(ClientCertificateAuthenticator.builder().trust(TRUSTED_NET_ID, pki.trustedCa)
                .clientAuthUsage(ClientAuthUsage.IGNORED).build().authenticate(serverUsage, header)).isPresent();
        assertThat(ClientCertificateAuthenticator.builder().trust(TRUSTED_NET_ID, pki.trustedCa)
                .clientAuthUsage(ClientAuthUsage.REQUIRED).build().authenticate(pki.trustedClient.chain(), header)).isPresent();
        assertThat(certificates.trustedCas()).containsExactlyInAnyOrder(pki.trustedCa, pki.otherCa);
    }
}
