package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyIDTest {

    @Test
    void network_server_ids_are_net_ids() {
        PartyID id = PartyID.parse(Role.NETWORK_SERVER, "0xc00053");
        assertThat(id).isEqualTo(NetID.of(0xC00053));
        assertThat(id.role()).isEqualTo(Role.NETWORK_SERVER);
        assertThat(id).hasToString("C00053");
    }

    @ParameterizedTest
    @ValueSource(strings = {"70B3D57ED0000000", "as.example.com", "", "13"})
    void network_server_rejects_other_forms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyID.parse(Role.NETWORK_SERVER, text));
    }

    @Test
    void join_server_ids_are_eui_64s() {
        PartyID id = PartyID.parse(Role.JOIN_SERVER, "70b3d57ed0000000");
        assertThat(id).isEqualTo(EUI64.of(0x70B3D57ED0000000L));
        assertThat(id.role()).isEqualTo(Role.JOIN_SERVER);
        assertThat(id).hasToString("70B3D57ED0000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000013", "as.example.com", "", "70B3D57ED00000"})
    void join_server_rejects_other_forms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyID.parse(Role.JOIN_SERVER, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"as.example.com", "000013", "70B3D57ED0000000", "0x000013", "192.0.2.1", "a b"})
    void application_server_ids_are_kept_verbatim(String text) {
        PartyID id = PartyID.parse(Role.APPLICATION_SERVER, text);
        assertThat(id).isEqualTo(ASID.of(text)).isInstanceOf(ASID.class);
        assertThat(id.role()).isEqualTo(Role.APPLICATION_SERVER);
        assertThat(id).hasToString(text);
    }

    @Test
    void application_server_rejects_empty_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyID.parse(Role.APPLICATION_SERVER, ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "000013,             NetID,  000013",
        "0xc00053,           NetID,  C00053",
        "70b3d57ed0000000,   EUI64,  70B3D57ED0000000",
        "0X70B3D57ED0000000, EUI64,  70B3D57ED0000000",
        "as.example.com,     ASID,   as.example.com",
        "0000013,            ASID,   0000013",
        "00001G,             ASID,   00001G",
        "0x0x000013,         ASID,   0x0x000013"
    })
    void any_role_reads_the_form_from_the_text(String text, String type, String canonical) {
        PartyID id = PartyID.parse(Role.ANY, text);
        assertThat(id.getClass().getSimpleName()).isEqualTo(type);
        assertThat(id).hasToString(canonical);
    }

    @Test
    void any_role_rejects_empty_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyID.parse(Role.ANY, ""));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void rejects_null_text(Role role) {
        assertThatThrownBy(() -> PartyID.parse(role, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejects_null_role() {
        assertThatThrownBy(() -> PartyID.parse(null, "000013")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void as_id_rejects_empty_and_null_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> ASID.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new ASID(""));
        assertThatThrownBy(() -> ASID.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void as_id_is_equal_by_exact_text() {
        assertThat(ASID.of("as.example.com")).isEqualTo(new ASID("as.example.com"))
                .hasSameHashCodeAs(ASID.of("as.example.com"))
                .isNotEqualTo(ASID.of("AS.example.com"));
        assertThat(ASID.of("as.example.com").value()).isEqualTo("as.example.com");
    }

    @Test
    void as_id_text_that_looks_like_a_net_id_is_not_a_net_id() {
        assertThat((PartyID) ASID.of("000013")).isNotEqualTo(NetID.of(0x13));
    }
}
