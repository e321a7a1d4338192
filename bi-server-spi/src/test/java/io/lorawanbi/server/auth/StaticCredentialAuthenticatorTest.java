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
}
