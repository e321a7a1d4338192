package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevAddrTest {

    @Test
    void parses_either_hex_case() {
        assertThat(DevAddr.parse("26011BDA").value()).isEqualTo(0x26011BDA);
        assertThat(DevAddr.parse("26011bda")).isEqualTo(DevAddr.of(0x26011BDA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x26011BDA", "0X26011BDA", "0x26011bda"})
    void accepts_one_0x_prefix(String text) {
        assertThat(DevAddr.parse(text)).isEqualTo(DevAddr.of(0x26011BDA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x0x26011BDA", "0x0x011BDA", "0X0X011BDA"})
    void rejects_a_doubled_prefix(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> DevAddr.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "26011BD", "26011BDA0", "26011BDA00", "0x011BDA"})
    void rejects_wrong_length(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> DevAddr.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26011BDG", "2601 BDA", "-6011BDA", "26011BD\u0660"})
    void rejects_non_hex_characters(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> DevAddr.parse(text));
    }

    @Test
    void to_string_is_8_uppercase_digits_without_prefix() {
        assertThat(DevAddr.parse("0x26011bda")).hasToString("26011BDA");
        assertThat(DevAddr.of(1)).hasToString("00000001");
    }

    @Test
    void high_bit_addresses_print_unsigned() {
        DevAddr addr = DevAddr.parse("FE000001");
        assertThat(addr.value()).isEqualTo(0xFE000001);
        assertThat(addr).hasToString("FE000001");
    }

    @Test
    void equal_by_value() {
        assertThat(DevAddr.parse("01020304")).isEqualTo(DevAddr.of(0x01020304))
                .hasSameHashCodeAs(DevAddr.of(0x01020304)).isNotEqualTo(DevAddr.of(0x01020305));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000", "26011bda", "0xFFFFFFFF", "80000000"})
    void round_trips_through_its_canonical_form(String text) {
        DevAddr addr = DevAddr.parse(text);
        assertThat(DevAddr.parse(addr.toString())).isEqualTo(addr);
    }
}
