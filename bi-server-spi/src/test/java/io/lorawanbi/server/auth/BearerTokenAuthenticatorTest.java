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
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.testsupport.LogCapture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer-token authentication, unit level and through a BiServer. */
class BearerTokenAuthenticatorTest {

    static final String TOKEN = "eyJhbGciOi.secret-token-4f1d.sig";
    static final NetID HOME = NetID.parse("600010");
    static final Header HEADER = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1);

    private final List<String> verified = new CopyOnWriteArrayList<>();

    private final TokenVerifier verifier = token -> {
        verified.add(token);
        return token.equals(TOKEN) ? Optional.of(new VerifiedToken("cluster-eu1", Map.of("c", true))) : Optional.empty();
    };

    private final BearerTokenAuthenticator authenticator =
            BearerTokenAuthenticator.of(verifier, t -> Optional.of(Fixtures.NET_ID));

    static InboundRequest withAuthorization(String value) {
        return InboundRequest.builder(new byte[0]).authorization(value).build();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bearer ", "bearer ", "BEARER ", "BeArEr "})
    void the_bearer_scheme_is_matched_in_any_case(String scheme) {
        InboundRequest request = withAuthorization(scheme + TOKEN);

        assertThat(authenticator.appliesTo(request)).isTrue();
        Optional<AuthenticatedPeer> peer = authenticator.authenticate(request, HEADER);

        assertThat(peer).hasValue(new AuthenticatedPeer(Fixtures.NET_ID, AuthenticatedPeer.Mechanism.BEARER_TOKEN,
                List.of("cluster-eu1")));
        assertThat(verified).containsExactly(TOKEN);
    }

    @Test
    void whitespace_around_the_token_is_trimmed() {
        assertThat(authenticator.authenticate(withAuthorization("Bearer   " + TOKEN + "  "), HEADER)).isPresent();
        assertThat(verified).containsExactly(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Basic dXNlcjpwYXNzd29yZA==", "Token " + TOKEN, "Bearer" + TOKEN, TOKEN, "Digest x"})
    void other_schemes_do_not_apply_and_are_refused_without_verifying(String value) {
        InboundRequest request = withAuthorization(value);

        assertThat(authenticator.appliesTo(request)).isFalse();
        assertThat(authenticator.authenticate(request, HEADER)).isEmpty();
        assertThat(verified).isEmpty();
    }

    @Test
    void no_authorization_header_does_not_apply() {
        InboundRequest request = InboundRequest.of(new byte[0]);
        assertThat(authenticator.appliesTo(request)).isFalse();
        assertThat(authenticator.authenticate(request, HEADER)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  ", "bearer \t "})
    void an_empty_token_is_refused_without_verifying(String value) {
        assertThat(authenticator.authenticate(withAuthorization(value), HEADER)).isEmpty();
        assertThat(verified).isEmpty();
    }

    @Test
    void a_token_the_verifier_refuses_is_refused() {
        assertThat(authenticator.authenticate(withAuthorization("Bearer not-" + TOKEN), HEADER)).isEmpty();
        assertThat(verified).containsExactly("not-" + TOKEN);
    }

    @Test
    void an_identity_mapping_that_refuses_the_claims_refuses_the_request() {
        BearerTokenAuthenticator picky = BearerTokenAuthenticator.of(verifier, t -> Optional.empty());
        assertThat(picky.authenticate(withAuthorization("Bearer " + TOKEN), HEADER)).isEmpty();
    }

    @Test
    void a_verifier_that_throws_is_a_refusal_and_its_message_never_surfaces() {
        TokenVerifier throwing = token -> {
            throw new IllegalStateException("cannot parse token " + token);
        };
        BiServer server = server(BearerTokenAuthenticator.of(throwing, t -> Optional.of(Fixtures.NET_ID)));
        BearerTokenAuthenticator unit = BearerTokenAuthenticator.of(throwing, t -> Optional.of(Fixtures.NET_ID));

        try (LogCapture log = LogCapture.install()) {
            assertThat(unit.authenticate(withAuthorization("Bearer " + TOKEN), HEADER)).isEmpty();
            OutboundResponse response = server.handle(request(Fixtures.NET_ID, "Bearer " + TOKEN));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).doesNotContain(TOKEN, "cannot parse");
            assertThat(decode(response).result().resultCode()).isEqualTo(ResultCode.UnknownSender);
            assertThat(log.records()).noneMatch(r -> r.contains(TOKEN) || r.contains("cannot parse"));
        }
    }

    @Test
    void a_roaming_hub_authenticates_as_net_id_000000() {
        BearerTokenAuthenticator hub = BearerTokenAuthenticator.roamingHub(verifier);

        assertThat(BearerTokenAuthenticator.ROAMING_HUB_NET_ID).isEqualTo(NetID.parse("000000"));
        assertThat(hub.authenticate(withAuthorization("Bearer " + TOKEN), HEADER))
                .hasValueSatisfying(p -> {
                    assertThat(p.id()).isEqualTo(NetID.parse("000000"));
                    assertThat(p.mechanism()).isEqualTo(AuthenticatedPeer.Mechanism.BEARER_TOKEN);
                    assertThat(p.addresses()).containsExactly("cluster-eu1");
                });
    }

    @Test
    void a_roaming_hub_must_send_sender_id_000000() {
        BiServer server = server(BearerTokenAuthenticator.roamingHub(verifier));

        try (LogCapture log = LogCapture.install()) {
            HomeNSAns refused = decode(server.handle(request(Fixtures.NET_ID, "Bearer " + TOKEN)));
            assertThat(refused.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
            assertThat(refused.header().receiverId()).isEqualTo(Fixtures.NET_ID);
            assertThat(refused.hNetId()).isNull();

            HomeNSAns accepted = decode(server.handle(request(NetID.parse("000000"), "Bearer " + TOKEN)));
            assertThat(accepted.result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(accepted.header().receiverId()).isEqualTo(NetID.parse("000000"));
            assertThat(accepted.hNetId()).isEqualTo(HOME);

            HomeNSAns wrongToken = decode(server.handle(request(NetID.parse("000000"), "Bearer x" + TOKEN)));
            assertThat(wrongToken.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
            assertThat(log.records()).noneMatch(r -> r.contains(TOKEN));
        }
    }

    @Test
    void to_string_of_an_inbound_request_never_shows_the_authorization_value() {
        InboundRequest request = InboundRequest.builder("{}".getBytes()).authorization("Bearer " + TOKEN)
                .contentType("application/json").attributes(Map.of("k", "v")).build();

        assertThat(request.toString()).doesNotContain(TOKEN, "Bearer").contains("(hidden)");
        assertThat(InboundRequest.of(new byte[0]).toString()).contains("authorization=none");
        assertThat(authenticator.toString()).doesNotContain(TOKEN);
    }

    private static BiServer server(BearerTokenAuthenticator authenticator) {
        return BiServer.builder()
                .authenticator(authenticator)
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(HOME)))
                .build();
    }

    private static InboundRequest request(PartyID sender, String authorization) {
        HomeNSReq req = new HomeNSReq(HEADER.toBuilder().senderId(sender).build(), Fixtures.DEV_EUI);
        return InboundRequest.builder(BiCodec.standard().encode(req)).authorization(authorization).build();
    }

    private static HomeNSAns decode(OutboundResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return BiCodec.standard().decode(response.body(), HomeNSAns.class);
    }
}
