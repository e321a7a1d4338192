package io.lorawanbi.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.lorawanbi.auth.jwt.testsupport.SigningKey;
import io.lorawanbi.auth.jwt.testsupport.TestIssuer;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.AuthenticationRefusedException;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.auth.BearerTokenAuthenticator;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The general verifier: another issuer, its own algorithms, claim rules and a claim-to-SenderID mapping. */
@Timeout(60)
class JwtTokenVerifierTest {

    static final String AUDIENCE = "https://js.example.net/bi";
    static final Header HEADER = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1); // SenderID 000013

    static SigningKey es256;
    static SigningKey ed25519;
    static TestIssuer issuer;
    static JwtTokenVerifier verifier;
    static BearerTokenAuthenticator authenticator;

    @BeforeAll
    static void start() throws Exception {
        es256 = SigningKey.es256("partner-1");
        ed25519 = SigningKey.ed25519("partner-2");
        issuer = TestIssuer.start(es256, ed25519);
        verifier = JwtTokenVerifier.builder()
                .issuer(issuer.issuer())
                .audience(AUDIENCE)
                .jwksUri(issuer.jwksUri())
                .algorithms("ES256")
                .require("not a roaming partner", claims -> "partner".equals(claims.get("role")))
                .build();
        authenticator = verifier.authenticator(JwtTokenVerifier.senderIdClaim("net_id", Role.NETWORK_SERVER));
    }

    @AfterAll
    static void stop() {
        verifier.close();
        issuer.close();
    }

    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer.issuer()).audience(AUDIENCE).subject("ns.partner.example")
                .expirationTime(Date.from(now.plusSeconds(120))).claim("role", "partner").claim("net_id", "000013");
    }

    static Optional<AuthenticatedPeer> authenticate(String token) {
        return authenticator.authenticate(InboundRequest.builder(new byte[0]).authorization("Bearer " + token).build(), HEADER);
    }

    @Test
    void the_sender_id_comes_from_the_claim() {
        assertThat(authenticate(es256.sign(claims().build()))).hasValueSatisfying(peer -> {
            assertThat(peer.id()).isEqualTo(NetID.parse("000013"));
            assertThat(peer.addresses()).containsExactly("ns.partner.example");
        });
    }

    @Test
    void a_missing_or_malformed_sender_id_claim_is_refused_with_its_cause() {
        assertThatThrownBy(() -> authenticate(es256.sign(claims().claim("net_id", null).build())))
                .isInstanceOf(AuthenticationRefusedException.class).hasMessage("token has no net_id claim");
        assertThatThrownBy(() -> authenticate(es256.sign(claims().claim("net_id", "not-hex").build())))
                .isInstanceOf(AuthenticationRefusedException.class).hasMessage("token's net_id claim is not a SenderID");
        assertThatThrownBy(() -> authenticate(es256.sign(claims().claim("net_id", 19).build())))
                .isInstanceOf(AuthenticationRefusedException.class).hasMessage("token has no net_id claim");
    }

    @Test
    void a_claim_rule_refuses_with_its_reason() {
        assertThatThrownBy(() -> verifier.verify(es256.sign(claims().claim("role", "visitor").build())))
                .isInstanceOf(AuthenticationRefusedException.class).hasMessage("not a roaming partner");
    }

    @Test
    void only_the_configured_algorithms_are_accepted() {
        assertThatThrownBy(() -> verifier.verify(ed25519.sign(claims().build())))
                .isInstanceOf(AuthenticationRefusedException.class).hasMessage("algorithm not allowed: EdDSA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "HS256", "HS384", "HS512", "dir", "ES256K", "Ed448", "XYZ"})
    void symmetric_unsecured_and_unknown_algorithms_cannot_be_allowed(String alg) {
        assertThatThrownBy(() -> JwtTokenVerifier.builder().algorithms("ES256", alg))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an allowed signature algorithm");
    }

    @Test
    void issuer_and_audience_are_required() {
        assertThatThrownBy(() -> JwtTokenVerifier.builder().audience(AUDIENCE).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer");
        assertThatThrownBy(() -> JwtTokenVerifier.builder().issuer("https://auth.example.org").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("audience");
    }

    @Test
    void the_keys_are_looked_for_under_the_issuer_by_default() {
        for (String iss : List.of("https://auth.example.org", "https://auth.example.org/")) {
            try (JwtTokenVerifier v = JwtTokenVerifier.builder().issuer(iss).audience(AUDIENCE).build()) {
                assertThat(v.jwksUri()).isEqualTo(URI.create("https://auth.example.org/.well-known/jwks.json"));
                assertThat(v.toString()).contains(iss, AUDIENCE);
            }
        }
    }
}
