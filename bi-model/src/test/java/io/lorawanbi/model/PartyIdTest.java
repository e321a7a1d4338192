package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartyIdTest {

    @Test
    void network_server_ids_are_net_ids() {
        PartyId id = PartyId.parse(Role.NETWORK_SERVER, "0xc00053");
        assertThat(id).isEqualTo(NetId.of(0xC00053));
        assertThat(id.role()).isEqualTo(Role.NETWORK_SERVER);
        assertThat(id).hasToString("C00053");
    }

    @ParameterizedTest
    @ValueSource(strings = {"70B3D57ED0000000", "as.example.com", "", "13"})
    void network_server_rejects_other_forms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyId.parse(Role.NETWORK_SERVER, text));
    }

    @Test
    void join_server_ids_are_eui_64s() {
        PartyId id = PartyId.parse(Role.JOIN_SERVER, "70b3d57ed0000000");
        assertThat(id).isEqualTo(Eui64.of(0x70B3D57ED0000000L));
        assertThat(id.role()).isEqualTo(Role.JOIN_SERVER);
        assertThat(id).hasToString("70B3D57ED0000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000013", "as.example.com", "", "70B3D57ED00000"})
    void join_server_rejects_other_forms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyId.parse(Role.JOIN_SERVER, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"as.example.com", "000013", "70B3D57ED0000000", "0x000013", "192.0.2.1", "a b"})
    void application_server_ids_are_kept_verbatim(String text) {
        PartyId id = PartyId.parse(Role.APPLICATION_SERVER, text);
        assertThat(id).isEqualTo(AsId.of(text)).isInstanceOf(AsId.class);
        assertThat(id.role()).isEqualTo(Role.APPLICATION_SERVER);
        assertThat(id).hasToString(text);
    }

    @Test
    void application_server_rejects_empty_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyId.parse(Role.APPLICATION_SERVER, ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "000013,             NetId,  000013",
        "0xc00053,           NetId,  C00053",
        "70b3d57ed0000000,   Eui64,  70B3D57ED0000000",
        "0X70B3D57ED0000000, Eui64,  70B3D57ED0000000",
        "as.example.com,     AsId,   as.example.com",
        "0000013,            AsId,   0000013",
        "00001G,             AsId,   00001G",
        "0x0x000013,         AsId,   0x0x000013"
    })
    void any_role_reads_the_form_from_the_text(String text, String type, String canonical) {
        PartyId id = PartyId.parse(Role.ANY, text);
        assertThat(id.getClass().getSimpleName()).isEqualTo(type);
        assertThat(id).hasToString(canonical);
    }

    @Test
    void any_role_rejects_empty_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyId.parse(Role.ANY, ""));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void rejects_null_text(Role role) {
        assertThatThrownBy(() -> PartyId.parse(role, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejects_null_role() {
        assertThatThrownBy(() -> PartyId.parse(null, "000013")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void as_id_rejects_empty_and_null_text() {
        assertThatIllegalArgumentException().isThrownBy(() -> AsId.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new AsId(""));
        assertThatThrownBy(() -> AsId.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void as_id_is_equal_by_exact_text() {
        assertThat(AsId.of("as.example.com")).isEqualTo(new AsId("as.example.com"))
                .hasSameHashCodeAs(AsId.of("as.example.com"))
                .isNotEqualTo(AsId.of("AS.example.com"));
        assertThat(AsId.of("as.example.com").value()).isEqualTo("as.example.com");
    }

    @Test
    void as_id_text_that_looks_like_a_net_id_is_not_a_net_id() {
        assertThat((PartyId) AsId.of("000013")).isNotEqualTo(NetId.of(0x13));
    }
}
