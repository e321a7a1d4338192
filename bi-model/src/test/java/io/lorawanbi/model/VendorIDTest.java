package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VendorIDTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 0x0016C0, 0xFFFFFF})
    void accepts_every_24_bit_value(int value) {
        assertThat(VendorID.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0x100_0000, Integer.MIN_VALUE})
    void rejects_values_outside_24_bits(int value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new VendorID(value));
    }

    @Test
    void parses_either_hex_case() {
        assertThat(VendorID.parse("00A0FE")).isEqualTo(VendorID.of(0x00A0FE));
        assertThat(VendorID.parse("00a0fe")).isEqualTo(VendorID.of(0x00A0FE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x00A0FE", "0X00A0FE", "0x00a0fe"})
    void accepts_one_0x_prefix(String text) {
        assertThat(VendorID.parse(text)).isEqualTo(VendorID.of(0x00A0FE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x0x00A0FE", "0x0xA0FE", "0X0XA0FE"})
    void rejects_a_doubled_prefix(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> VendorID.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "A0FE", "0A0FE", "000A0FE", "0000A0FE"})
    void rejects_wrong_length(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> VendorID.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00A0FG", "00A0F ", "00:A0F", "x0A0FE"})
    void rejects_non_hex_characters(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> VendorID.parse(text));
    }

    @Test
    void to_string_is_6_uppercase_digits_without_prefix() {
        assertThat(VendorID.parse("0x00a0fe")).hasToString("00A0FE");
        assertThat(VendorID.of(1)).hasToString("000001");
    }

    @Test
    void equal_by_value() {
        assertThat(VendorID.parse("00A0FE")).isEqualTo(VendorID.of(0xA0FE)).hasSameHashCodeAs(VendorID.of(0xA0FE))
                .isNotEqualTo(VendorID.of(0xA0FF));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "00a0fe", "0XFFFFFF"})
    void round_trips_through_its_canonical_form(String text) {
        VendorID id = VendorID.parse(text);
        assertThat(VendorID.parse(id.toString())).isEqualTo(id);
    }
}
