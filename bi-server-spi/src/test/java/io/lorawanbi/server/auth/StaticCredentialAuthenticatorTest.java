package io.lorawanbi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.InboundRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticCredentialAuthenticatorTest {

    static final NetID HELIUM = NetID.parse("C00053");
    static final NetID PARTNER = NetID.parse("000013");
    static final String HELIUM_VALUE = "Basic aGVsaXVtOnMzY3IzdA==";
    static final String PARTNER_TOKEN = "static-token-51d0";

    static final StaticCredentialAuthenticator AUTH = StaticCredentialAuthenticator.builder()
            .authorization(HELIUM_VALUE, HELIUM)
            .bearer(PARTNER_TOKEN, PARTNER)
            .build();

    static Header header(PartyID sender) {
        return Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder().senderId(sender).build();
    }

    static Optional<PartyID> who(String authorization) {
        InboundRequest r = InboundRequest.builder(new byte[0]).authorization(authorization).build();
        return AUTH.authenticate(r, header(PARTNER)).map(AuthenticatedPeer::id);
    }

    @Test
    void each_secret_maps_to_its_sender_id() {
        assertThat(who(HELIUM_VALUE)).hasValue(HELIUM);
        assertThat(who("Bearer " + PARTNER_TOKEN)).hasValue(PARTNER);
        assertThat(who("bEaReR   " + PARTNER_TOKEN)).as("scheme in any case").hasValue(PARTNER);
    }

    @Test
    void anything_else_is_refused() {
        assertThat(who("Bearer " + PARTNER_TOKEN + "x")).isEmpty();
        assertThat(who(PARTNER_TOKEN)).as("the bearer token without its scheme").isEmpty();
        assertThat(who("Bearer " + HELIUM_VALUE)).isEmpty();
        assertThat(who(HELIUM_VALUE.toLowerCase())).isEmpty();
        assertThat(who("")).isEmpty();
        assertThat(AUTH.authenticate(InboundRequest.of(new byte[0]), header(PARTNER))).isEmpty();
        assertThat(AUTH.appliesTo(InboundRequest.of(new byte[0]))).isFalse();
    }

    @Test
    void secrets_never_appear_in_text() {
        assertThat(AUTH.toString()).isEqualTo("StaticCredentialAuthenticator[2 credentials]");
        assertThatThrownBy(() -> StaticCredentialAuthenticator.builder().bearer(PARTNER_TOKEN, PARTNER)
                .bearer(PARTNER_TOKEN, HELIUM)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(PARTNER_TOKEN).hasMessageContaining("C00053");
        assertThatThrownBy(() -> StaticCredentialAuthenticator.builder().bearer(" ", PARTNER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_request_with_two_authorization_headers_is_refused_whichever_comes_first() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        io.lorawanbi.server.BiServer server = io.lorawanbi.server.BiServer.builder()
                .authenticator(AUTH)
                .homeNsHandler(io.lorawanbi.server.HomeNSHandler.immediate((request, context) -> {
                    calls.incrementAndGet();
                    return io.lorawanbi.server.HomeNSOutcome.found(PARTNER);
                }))
                .build();
        io.lorawanbi.codec.BiCodec codec = io.lorawanbi.codec.BiCodec.standard();
        byte[] body = codec.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1).toBuilder().senderId(PARTNER).build());
        java.util.function.Function<io.lorawanbi.server.RequestHeaders, io.lorawanbi.model.message.HomeNSAns> answer =
                headers -> codec.decode(server.handle(InboundRequest.builder(body).headers(headers).build()).body(),
                        io.lorawanbi.model.message.HomeNSAns.class);

        assertThat(answer.apply(io.lorawanbi.server.RequestHeaders.of("Authorization", "Bearer " + PARTNER_TOKEN))
                .result().resultCode()).isEqualTo(io.lorawanbi.model.ResultCode.Success);
        for (io.lorawanbi.server.RequestHeaders twice : java.util.List.of(
                io.lorawanbi.server.RequestHeaders.of("Authorization", "Bearer " + PARTNER_TOKEN, "Authorization", "Bearer x"),
                io.lorawanbi.server.RequestHeaders.of("Authorization", "Bearer x", "authorization", "Bearer " + PARTNER_TOKEN))) {
            io.lorawanbi.model.message.Result result = answer.apply(twice).result();
            assertThat(result.resultCode()).isEqualTo(io.lorawanbi.model.ResultCode.UnknownSender);
            assertThat(result.description()).contains("Authorization sent more than once").doesNotContain(PARTNER_TOKEN);
        }
        assertThat(calls).hasValue(1);
    }
}
