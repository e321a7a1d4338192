package io.lorawanbi.server.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
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
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.JoinEuiRange;
import io.lorawanbi.server.RequestHeaders;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import io.lorawanbi.server.auth.ForwardedCertificateFormat;
import io.lorawanbi.server.auth.ForwardedClientCertificateAuthenticator;
import io.lorawanbi.server.auth.StaticCredentialAuthenticator;
import io.lorawanbi.server.auth.TrustedProxies;
import io.lorawanbi.server.testsupport.TestPki;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The proxy, static-credential and JoinEUI-range examples of docs/server.md, compiled and run here. */
@Timeout(60)
class ProxyExamplesTest {

    static final BiCodec CODEC = BiCodec.standard();

    static InboundRequest request(PartyID sender, EUI64 receiver, InetSocketAddress peer, RequestHeaders headers) {
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .senderId(sender).receiverId(receiver).build();
        return InboundRequest.builder(CODEC.encode(new HomeNSReq(h, Fixtures.DEV_EUI)))
                .remoteAddress(peer).headers(headers).build();
    }

    static ResultCode answer(BiServer server, InboundRequest request) {
        return CODEC.decode(server.handle(request).body(), HomeNSAns.class).result().resultCode();
    }

    static String escaped(X509Certificate leaf) {
        StringBuilder out = new StringBuilder();
        for (byte b : TestPki.pem(List.of(leaf)).getBytes(StandardCharsets.US_ASCII)) {
            out.append(Character.isLetterOrDigit(b) ? String.valueOf((char) b) : String.format("%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    @Test
    void behind_a_proxy_that_forwards_the_certificate(@TempDir Path dir) throws Exception {
        TestPki pki = TestPki.generate(dir);
        X509Certificate partnerCa = pki.trustedCa;
        // tag::proxy[]
        ClientCertificateAuthenticator certificates = ClientCertificateAuthenticator.builder()
                .trust(NetID.parse("000013"), partnerCa)
                .build();
        SenderAuthenticator authenticator = SenderAuthenticator.firstApplicable(List.of(
                ForwardedClientCertificateAuthenticator.of(
                        TrustedProxies.of("10.0.0.0/8", "fd00::/8"), // the proxies' addresses; none by default
                        ForwardedCertificateFormat.nginx("X-SSL-Client-Cert"), // proxy_set_header's name
                        certificates),
                certificates)); // clients that reach the JVM's own TLS directly still work
        // end::proxy[]
        BiServer server = BiServer.builder().authenticator(authenticator)
                .homeNsHandler(HomeNSHandler.immediate((q, c) -> HomeNSOutcome.found(NetID.parse("600010")))).build();
        RequestHeaders forwarded = RequestHeaders.of("X-SSL-Client-Cert", escaped(pki.trustedClient.leaf()));
        EUI64 joinEui = Fixtures.JOIN_EUI;

        assertThat(answer(server, request(NetID.parse("000013"), joinEui, new InetSocketAddress("10.0.0.5", 1), forwarded)))
                .isEqualTo(ResultCode.Success);
        assertThat(answer(server, request(NetID.parse("000013"), joinEui, new InetSocketAddress("192.0.2.1", 1), forwarded)))
                .isEqualTo(ResultCode.UnknownSender);
    }

    @Test
    void static_credentials_and_join_eui_blocks() {
        String heliumRouteAuthorization = "Basic aGVsaXVtOnNlY3JldA==";
        String partnerToken = "s3cr3t-partner-token";
        // tag::static[]
        SenderAuthenticator authenticator = StaticCredentialAuthenticator.builder() // secrets from your secret store
                .authorization(heliumRouteAuthorization, NetID.parse("C00053")) // the whole Authorization value
                .bearer(partnerToken, NetID.parse("000013")) // Authorization: Bearer <partnerToken>
                .build();
        BiServer server = BiServer.builder()
                .authenticator(authenticator)
                .answersFor(JoinEuiRange.parse("70B3D57ED0000000/40")) // a block of JoinEUIs
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.unknownDevice()))
                .build();
        // end::static[]
        InetSocketAddress peer = new InetSocketAddress("192.0.2.1", 1);
        EUI64 inside = EUI64.parse("70B3D57ED0123456");
        RequestHeaders partner = RequestHeaders.of("Authorization", "Bearer s3cr3t-partner-token");
        assertThat(answer(server, request(NetID.parse("000013"), inside, peer, partner))).isEqualTo(ResultCode.UnknownDevEUI);
        assertThat(answer(server, request(NetID.parse("000013"), EUI64.parse("70B3D57ED1000000"), peer, partner)))
                .isEqualTo(ResultCode.UnkownReceiver);
        assertThat(answer(server, request(NetID.parse("C00053"), inside, peer, partner))).isEqualTo(ResultCode.UnknownSender);
        assertThat(answer(server, request(NetID.parse("C00053"), inside, peer,
                RequestHeaders.of("Authorization", "Basic aGVsaXVtOnNlY3JldA==")))).isEqualTo(ResultCode.UnknownDevEUI);
    }
}
