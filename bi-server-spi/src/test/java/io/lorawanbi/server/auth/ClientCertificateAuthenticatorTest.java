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
import io.lorawanbi.server.testsupport.TestPki;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Client-certificate authentication with CAs trusted per SenderID, unit level (no TLS). */
@Timeout(30)
class ClientCertificateAuthenticatorTest {

    static final NetID TRUSTED_NET_ID = NetID.parse("000013");
    static final NetID OTHER_NET_ID = NetID.parse("C00053");
    static final String TOKEN = "valid-token-9c2e";

    @TempDir
    static Path dir;

    static TestPki pki;
    static ClientCertificateAuthenticator authenticator;

    @BeforeAll
    static void generate() throws Exception {
        pki = TestPki.generate(dir);
        authenticator = ClientCertificateAuthenticator.builder()
                .trust(TRUSTED_NET_ID, pki.trustedCa)
                .trust(OTHER_NET_ID, List.of(pki.otherCa))
                .build();
    }

    static Header header(PartyID sender) {
        return Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_0).toBuilder().senderId(sender).build();
    }

    static InboundRequest presenting(List<X509Certificate> chain) {
        return InboundRequest.builder(new byte[0]).peerCertificates(chain).build();
    }

    @Test
    void a_chain_to_the_ca_trusted_for_the_sender_id_authenticates_with_the_leafs_dns_names() {
        Optional<AuthenticatedPeer> peer = authenticator.authenticate(presenting(pki.trustedClient.chain()),
                header(TRUSTED_NET_ID));

        assertThat(peer).hasValue(new AuthenticatedPeer(TRUSTED_NET_ID, AuthenticatedPeer.Mechanism.TLS_CLIENT_CERTIFICATE,
                TestPki.TRUSTED_CLIENT_DNS));
    }

    @Test
    void the_leaf_alone_is_enough_when_its_issuer_is_trusted() {
        assertThat(authenticator.authenticate(presenting(List.of(pki.otherClient.leaf())), header(OTHER_NET_ID)))
                .hasValueSatisfying(p -> assertThat(p.addresses()).containsExactlyElementsOf(TestPki.OTHER_CLIENT_DNS));
    }

    @Test
    void the_trusted_certificate_claiming_another_sender_id_is_refused() {
        assertThat(authenticator.authenticate(presenting(pki.trustedClient.chain()), header(OTHER_NET_ID))).isEmpty();
    }

    @Test
    void a_certificate_from_the_other_ca_claiming_the_trusted_sender_id_is_refused() {
        assertThat(authenticator.authenticate(presenting(pki.otherClient.chain()), header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void a_certificate_from_an_untrusted_ca_is_refused_for_every_sender_id() {
        for (NetID sender : List.of(TRUSTED_NET_ID, OTHER_NET_ID)) {
            assertThat(authenticator.authenticate(presenting(pki.untrustedClient.chain()), header(sender))).isEmpty();
        }
    }

    @Test
    void a_leaf_with_a_foreign_ca_appended_is_refused() {
        List<X509Certificate> forged = List.of(pki.untrustedClient.leaf(), pki.trustedCa);
        assertThat(authenticator.authenticate(presenting(forged), header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void the_trusted_ca_itself_is_not_a_client() {
        assertThat(authenticator.authenticate(presenting(List.of(pki.trustedCa)), header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void a_self_signed_certificate_is_refused() {
        assertThat(authenticator.authenticate(presenting(pki.server.chain()), header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void no_certificate_does_not_apply_and_is_refused() {
        InboundRequest request = InboundRequest.of(new byte[0]);
        assertThat(authenticator.appliesTo(request)).isFalse();
        assertThat(authenticator.authenticate(request, header(TRUSTED_NET_ID))).isEmpty();
        assertThat(authenticator.appliesTo(presenting(pki.untrustedClient.chain()))).isTrue();
    }

    @Test
    void an_authenticator_without_trusted_cas_refuses_everyone() {
        ClientCertificateAuthenticator none = ClientCertificateAuthenticator.builder().build();
        assertThat(none.authenticate(presenting(pki.trustedClient.chain()), header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void a_presented_but_untrusted_certificate_does_not_fall_back_to_a_valid_token() {
        SenderAuthenticator auth = firstCertificateThenToken();
        InboundRequest both = InboundRequest.builder(new byte[0])
                .peerCertificates(pki.untrustedClient.chain())
                .authorization("Bearer " + TOKEN)
                .build();

        assertThat(auth.authenticate(both, header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void without_a_certificate_the_valid_token_decides() {
        SenderAuthenticator auth = firstCertificateThenToken();
        InboundRequest tokenOnly = InboundRequest.builder(new byte[0]).authorization("Bearer " + TOKEN).build();

        assertThat(auth.authenticate(tokenOnly, header(TRUSTED_NET_ID)))
                .hasValue(new AuthenticatedPeer(TRUSTED_NET_ID, AuthenticatedPeer.Mechanism.BEARER_TOKEN, List.of("partner")));
        assertThat(auth.authenticate(InboundRequest.of(new byte[0]), header(TRUSTED_NET_ID))).isEmpty();
    }

    @Test
    void through_a_server_an_untrusted_certificate_with_a_valid_token_gets_unknown_sender() {
        BiServer server = BiServer.builder()
                .authenticator(firstCertificateThenToken())
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(NetID.parse("600010"))))
                .build();
        byte[] body = BiCodec.standard().encode(new HomeNSReq(header(TRUSTED_NET_ID), Fixtures.DEV_EUI));

        HomeNSAns refused = BiCodec.standard().decode(server.handle(InboundRequest.builder(body)
                .peerCertificates(pki.untrustedClient.chain()).authorization("Bearer " + TOKEN).build()).body(),
                HomeNSAns.class);
        HomeNSAns byToken = BiCodec.standard().decode(server.handle(InboundRequest.builder(body)
                .authorization("Bearer " + TOKEN).build()).body(), HomeNSAns.class);
        HomeNSAns byCertificate = BiCodec.standard().decode(server.handle(InboundRequest.builder(body)
                .peerCertificates(pki.trustedClient.chain()).authorization("Bearer wrong").build()).body(),
                HomeNSAns.class);

        assertThat(refused.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(byToken.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(byCertificate.result().resultCode()).isEqualTo(ResultCode.Success);
    }

    private static SenderAuthenticator firstCertificateThenToken() {
        BearerTokenAuthenticator bearer = BearerTokenAuthenticator.of(
                token -> token.equals(TOKEN) ? Optional.of(new VerifiedToken("partner", Map.of())) : Optional.empty(),
                t -> Optional.of(TRUSTED_NET_ID));
        return SenderAuthenticator.firstApplicable(List.of(authenticator, bearer));
    }
}
