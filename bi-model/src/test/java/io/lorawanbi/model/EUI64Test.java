package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EUI64Test {

    @Test
    void parses_uppercase_hex_most_significant_byte_first() {
        assertThat(EUI64.parse("70B3D57ED0000001").value()).isEqualTo(0x70B3D57ED0000001L);
    }

    @Test
    void parses_lowercase_hex() {
        assertThat(EUI64.parse("70b3d57ed0000001")).isEqualTo(EUI64.of(0x70B3D57ED0000001L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x70B3D57ED0000001", "0X70B3D57ED0000001", "0x70b3d57ed0000001"})
    void accepts_one_0x_prefix(String text) {
        assertThat(EUI64.parse(text)).isEqualTo(EUI64.of(0x70B3D57ED0000001L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x0x70B3D57ED0000001", "0x0x70B3D57ED00000", "0X0X70B3D57ED00000"})
    void rejects_a_doubled_prefix(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> EUI64.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "70B3D57ED000000", "70B3D57ED00000010", "70B3D57ED0000001FF", "01"})
    void rejects_wrong_length(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> EUI64.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"70B3D57ED000000G", "70B3D57ED00000-1", " 70B3D57ED00000", "70B3D57ED000000 ", "70B3D57E:D00001"})
    void rejects_non_hex_characters(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> EUI64.parse(text));
    }

    @Test
    void error_message_does_not_repeat_the_input() {
        String text = "70B3D57ED000000Z";
        assertThatIllegalArgumentException().isThrownBy(() -> EUI64.parse(text))
                .withMessageNotContaining(text);
    }

    @Test
    void to_string_is_16_uppercase_digits_without_prefix() {
        assertThat(EUI64.parse("0x70b3d57ed00000ab")).hasToString("70B3D57ED00000AB");
        assertThat(EUI64.of(1)).hasToString("0000000000000001");
        assertThat(EUI64.ZERO).hasToString("0000000000000000");
    }

    @Test
    void high_bit_values_print_unsigned() {
        EUI64 eui = EUI64.parse("FFFFFFFFFFFFFFFE");
        assertThat(eui.value()).isEqualTo(-2L);
        assertThat(eui).hasToString("FFFFFFFFFFFFFFFE");
    }

    @Test
    void equal_by_value() {
        assertThat(EUI64.parse("0102030405060708")).isEqualTo(EUI64.parse("0x0102030405060708"))
                .hasSameHashCodeAs(EUI64.of(0x0102030405060708L))
                .isNotEqualTo(EUI64.parse("0102030405060709"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000000000", "70b3d57ed0000001", "0XFFFFFFFFFFFFFFFF", "8000000000000000"})
    void round_trips_through_its_canonical_form(String text) {
        EUI64 eui = EUI64.parse(text);
        assertThat(EUI64.parse(eui.toString())).isEqualTo(eui);
    }

    @Test
    void to_bytes_is_most_significant_first_and_fresh() {
        EUI64 eui = EUI64.parse("0102030405060708");
        byte[] bytes = eui.toBytes();
        assertThat(bytes).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        bytes[0] = 9;
        assertThat(eui.toBytes()[0]).isEqualTo((byte) 1);
    }

    @Test
    void belongs_to_a_join_server() {
        assertThat(EUI64.ZERO.role()).isEqualTo(Role.JOIN_SERVER);
    }
}
