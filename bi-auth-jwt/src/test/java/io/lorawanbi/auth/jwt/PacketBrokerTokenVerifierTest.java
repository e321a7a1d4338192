package io.lorawanbi.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.lorawanbi.auth.jwt.testsupport.Claims;
import io.lorawanbi.auth.jwt.testsupport.SigningKey;
import io.lorawanbi.auth.jwt.testsupport.TestIssuer;
import io.lorawanbi.server.AuthenticationRefusedException;
import io.lorawanbi.server.auth.VerifiedToken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Packet Broker rules, each against tokens signed in the test and keys served by a local JWKS
 * endpoint. Every refusal names its cause and never quotes the token.
 */
@Timeout(60)
class PacketBrokerTokenVerifierTest {

    static final String ADDRESS = "https://hns.example.net:8886";
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    static SigningKey ed25519;
    static SigningKey es256;
    static SigningKey rs256;
    static TestIssuer issuer;
    static PacketBrokerTokenVerifier verifier;

    @BeforeAll
    static void start() throws Exception {
        ed25519 = SigningKey.ed25519("pb-ed");
        es256 = SigningKey.es256("pb-ec");
        rs256 = SigningKey.rs256("pb-rsa");
        issuer = TestIssuer.start(ed25519, es256, rs256);
        verifier = PacketBrokerTokenVerifier.builder()
                .issuer(issuer.issuer())
                .publicAddress(ADDRESS)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
    }

    @AfterAll
    static void stop() {
        verifier.close();
        issuer.close();
    }

    static JWTClaimsSet.Builder cluster() {
        return Claims.cluster(issuer.issuer(), ADDRESS, NOW);
    }

    static SigningKey key(String name) {
        return switch (name) {
            case "EdDSA" -> ed25519;
            case "ES256" -> es256;
            default -> rs256;
        };
    }

    /** Verifies and expects a refusal whose reason is exactly this, and does not quote the token. */
    static void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(AuthenticationRefusedException.class)
                .satisfies(e -> {
                    String r = ((AuthenticationRefusedException) e).reason();
                    assertThat(r).isEqualTo(reason);
                    for (String part : token.split("\\.")) {
                        if (part.length() > 8) {
                            assertThat(r).doesNotContain(part);
                        }
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"EdDSA", "ES256", "RS256"})
    void a_cluster_token_is_accepted_with_the_cluster_as_subject(String alg) {
        Optional<VerifiedToken> token = verifier.verify(key(alg).sign(cluster().build()));
        assertThat(token).isPresent();
        assertThat(token.get().subject()).isEqualTo(Claims.CLUSTER);
        assertThat(token.get().claims()).containsEntry("iss", issuer.issuer())
                .containsEntry("exp", NOW.plusSeconds(300))
                .containsEntry(Claims.NAMESPACE, Map.of("c", true));
    }

    @Test
    void another_issuer_is_refused() {
        assertRefused(ed25519.sign(cluster().issuer("https://iam.example.org").build()), "wrong issuer");
        assertRefused(ed25519.sign(cluster().issuer(issuer.issuer() + "/").build()), "wrong issuer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hns.example.net:8887", "https://hns.example.net:8886/", "https://hns.example.net",
            "http://hns.example.net:8886", "https://HNS.example.net:8886"})
    void an_audience_that_is_not_exactly_the_public_address_is_refused(String audience) {
        assertRefused(es256.sign(cluster().audience(audience).build()), "wrong audience");
    }

    @Test
    void the_audience_may_list_other_addresses_too() {
        assertThat(verifier.verify(es256.sign(cluster().audience(List.of("https://other:1", ADDRESS)).build())))
                .isPresent();
    }

    @Test
    void expiry_has_60_seconds_of_leeway() {
        assertThat(verifier.verify(ed25519.sign(cluster().expirationTime(Date.from(NOW.minusSeconds(59))).build())))
                .isPresent();
        assertRefused(ed25519.sign(cluster().expirationTime(Date.from(NOW.minusSeconds(61))).build()), "token expired");
    }

    @Test
    void a_token_without_expiry_is_refused() {
        assertRefused(ed25519.sign(cluster().expirationTime(null).build()), "token has no expiry");
    }

    @Test
    void not_before_and_issued_at_have_60_seconds_of_leeway() {
        assertThat(verifier.verify(ed25519.sign(cluster().notBeforeTime(Date.from(NOW.plusSeconds(59)))
                .issueTime(Date.from(NOW.plusSeconds(59))).build()))).isPresent();
        assertRefused(ed25519.sign(cluster().notBeforeTime(Date.from(NOW.plusSeconds(61))).build()), "token not yet valid");
        assertRefused(ed25519.sign(cluster().issueTime(Date.from(NOW.plusSeconds(61))).build()), "token issued in the future");
    }

    @Test
    void an_unsecured_token_is_refused() {
        assertRefused(new PlainJWT(cluster().build()).serialize(), "algorithm not allowed: none");
    }

    @Test
    void hs256_signed_with_the_public_key_is_refused() throws Exception {
        // Algorithm confusion: a verifier that took the header's "HS256" at its word would check the
        // MAC with the issuer's public key, which anyone can download.
        byte[] publicKey = ((RSAKey) rs256.publicJwk()).toRSAPublicKey().getEncoded();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(rs256.kid())
                .type(JOSEObjectType.JWT).build(), cluster().build());
        forged.sign(new MACSigner(publicKey));
        assertRefused(forged.serialize(), "algorithm not allowed: HS256");
    }

    @Test
    void a_network_token_is_refused_on_this_endpoint() {
        assertRefused(ed25519.sign(Claims.network(issuer.issuer(), ADDRESS, NOW).build()),
                "network token, not a cluster token");
    }

    @Test
    void a_token_without_the_cluster_claim_is_refused() {
        assertRefused(ed25519.sign(cluster().claim(Claims.NAMESPACE, null).build()), "not a cluster token");
        assertRefused(ed25519.sign(cluster().claim(Claims.NAMESPACE, Map.of("c", false)).build()), "not a cluster token");
        assertRefused(ed25519.sign(cluster().claim(Claims.NAMESPACE, null).claim("c", true).build()), "not a cluster token");
    }

    @Test
    void a_signature_by_another_key_with_the_same_key_id_is_refused() {
        SigningKey impostor = SigningKey.ed25519(ed25519.kid());
        assertRefused(impostor.sign(cluster().build()), "bad signature");
    }

    @Test
    void an_algorithm_that_does_not_fit_the_key_is_refused() {
        // ES256 in the header, but the key ID names the RSA key
        assertRefused(rs256.sign(cluster().build(), JWSAlgorithm.ES256, rs256.kid()), "algorithm does not match the key");
        // an allowed algorithm family the issuer's keys don't have
        assertRefused(es256.sign(cluster().build(), JWSAlgorithm.ES384, es256.kid()), "algorithm does not match the key");
    }

    @Test
    void an_algorithm_outside_the_allow_list_is_refused() {
        assertRefused(rs256.sign(cluster().build(), JWSAlgorithm.RS512, rs256.kid()), "algorithm not allowed: RS512");
    }

    @Test
    void a_token_without_subject_or_key_id_is_refused() {
        assertRefused(ed25519.sign(cluster().subject(null).build()), "token has no subject");
        String noKid = ed25519.sign(cluster().build(), JWSAlgorithm.EdDSA, "");
        assertRefused(noKid, "token has no key ID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b.c", "eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.c2ln", "....."})
    void garbage_is_refused_as_malformed(String token) {
        assertRefused(token, "malformed token");
    }

    @Test
    void the_verifier_says_where_it_gets_keys_but_shows_no_secret() {
        assertThat(verifier.toString()).contains(issuer.issuer(), ADDRESS, "/.well-known/jwks.json");
        assertThat(verifier.jwksUri()).isEqualTo(issuer.jwksUri());
        assertThat(verifier.publicAddress()).isEqualTo(ADDRESS);
    }

    @Test
    void start_up_refuses_a_configuration_without_a_usable_public_address() {
        assertThatThrownBy(() -> PacketBrokerTokenVerifier.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("public address");
        assertThatThrownBy(() -> PacketBrokerTokenVerifier.builder().publicAddress(" ").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("public address");
        assertThatThrownBy(() -> PacketBrokerTokenVerifier.builder().publicAddress("hns.example.net:8886").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("http(s) URL");
    }

    @Test
    void the_default_issuer_is_packet_brokers() {
        try (PacketBrokerTokenVerifier pb = PacketBrokerTokenVerifier.builder().publicAddress(ADDRESS).build()) {
            assertThat(pb.issuer()).isEqualTo("https://iam.packetbroker.net");
            assertThat(pb.jwksUri()).hasToString("https://iam.packetbroker.net/.well-known/jwks.json");
        }
    }
}
