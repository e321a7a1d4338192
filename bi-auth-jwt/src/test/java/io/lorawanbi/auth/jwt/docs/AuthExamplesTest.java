package io.lorawanbi.auth.jwt.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.auth.jwt.JwksPolicy;
import io.lorawanbi.auth.jwt.JwtTokenVerifier;
import io.lorawanbi.auth.jwt.PacketBrokerTokenVerifier;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/auth.md, compiled and run. They make no network call: keys are fetched on the
 * first token that needs them, and the tokens sent here are refused before that.
 */
class AuthExamplesTest {

    @Test
    void packet_broker_behind_a_load_balancer() {
        AtomicInteger handled = new AtomicInteger();
        HomeNSHandler handler = HomeNSHandler.immediate((request, context) -> {
            handled.incrementAndGet();
            return HomeNSOutcome.unknownDevice();
        });
        X509Certificate[] partnerCa = new X509Certificate[0];
        // tag::packet-broker[]
        PacketBrokerTokenVerifier packetBroker = PacketBrokerTokenVerifier.builder()
                .publicAddress("https://hns.example.net:8886") // what Packet Broker calls: the tokens' audience
                .build(); // refuses to start without a public address
        BiServer server = BiServer.builder()
                .authenticator(packetBroker.authenticator()) // accepted tokens authenticate as NetID 000000
                .homeNsHandler(handler)
                .build();
        // end::packet-broker[]
        // tag::combined[]
        SenderAuthenticator authenticator = SenderAuthenticator.firstApplicable(List.of(
                ClientCertificateAuthenticator.builder()
                        .trust(NetID.parse("000013"), partnerCa) // partners with client certificates
                        .build(),
                packetBroker.authenticator())); // Packet Broker with its tokens
        // end::combined[]
        try (packetBroker) {
            assertThat(packetBroker.jwksUri()).hasToString("https://iam.packetbroker.net/.well-known/jwks.json");
            assertThat(authenticator).isNotNull();
            HomeNSReq template = Fixtures.homeNSReq(ProtocolVersion.V1_1);
            byte[] body = BiCodec.standard().encode(new HomeNSReq(
                    template.header().toBuilder().senderId(NetID.of(0)).build(), template.devEui()));
            HomeNSAns answer = BiCodec.standard().decode(server.handle(InboundRequest.builder(body)
                    .authorization("Bearer not-a-token").build()).body(), HomeNSAns.class);
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
            assertThat(answer.result().description()).isEqualTo("sender not authenticated as 000000: malformed token");
            assertThat(handled).hasValue(0);
        }
    }

    @Test
    void another_issuer_and_key_policy() {
        // tag::general[]
        JwtTokenVerifier partnerTokens = JwtTokenVerifier.builder()
                .issuer("https://auth.example.org")
                .audience("https://js.example.net/bi")
                .jwksUri(URI.create("https://auth.example.org/keys")) // default: <issuer>/.well-known/jwks.json
                .algorithms("ES256", "EdDSA")
                .require("not a roaming partner", claims -> "partner".equals(claims.get("role")))
                .build();
        SenderAuthenticator authenticator = partnerTokens.authenticator(
                JwtTokenVerifier.senderIdClaim("net_id", Role.NETWORK_SERVER)); // SenderID from a claim
        // end::general[]
        // tag::policy[]
        JwksPolicy keys = JwksPolicy.defaults()              // cache 10 min, refresh 30 s ahead
                .withOutageTolerance(Duration.ofHours(6))    // keep the last good keys through an outage
                .withFetchTimeout(Duration.ofMillis(500));   // longest wait of a request for a fetch
        PacketBrokerTokenVerifier packetBroker = PacketBrokerTokenVerifier.builder()
                .publicAddress("https://hns.example.net:8886")
                .keys(keys)
                .build();
        // end::policy[]
        try (partnerTokens; packetBroker) {
            assertThat(authenticator).isNotNull();
            assertThat(partnerTokens.jwksUri()).hasToString("https://auth.example.org/keys");
            assertThat(keys.cacheTimeToLive()).isEqualTo(Duration.ofMinutes(10));
        }
    }
}
