package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexBytesTest {

    private static final String KEY_HEX = "2B7E151628AED2A6ABF7158809CF4F3C";

    @Test
    void parses_uppercase_and_lowercase_hex() {
        assertThat(HexBytes.parse("0AFF").toByteArray()).containsExactly(0x0A, 0xFF);
        assertThat(HexBytes.parse("0aff")).isEqualTo(HexBytes.of((byte) 0x0A, (byte) 0xFF));
        assertThat(HexBytes.parse("0aFf")).isEqualTo(HexBytes.parse("0AFF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x0AFF", "0X0AFF", "0x0aff"})
    void accepts_one_0x_prefix(String text) {
        assertThat(HexBytes.parse(text)).isEqualTo(HexBytes.of((byte) 0x0A, (byte) 0xFF));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x0x0AFF", "0x0x0A", "0X0X0A", "0x0X"})
    void rejects_a_doubled_prefix(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HexBytes.parse(text));
    }

    @Test
    void empty_text_is_the_empty_value() {
        assertThat(HexBytes.parse("")).isSameAs(HexBytes.empty());
        assertThat(HexBytes.parse("").isEmpty()).isTrue();
        assertThat(HexBytes.parse("").length()).isZero();
    }

    @Test
    void a_bare_prefix_is_the_empty_value() {
        assertThat(HexBytes.parse("0x")).isEqualTo(HexBytes.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "ABC", "0xABC", "0x0"})
    void rejects_an_odd_number_of_digits(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HexBytes.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0G", "zz", "0A F0", " 0AF", "0A-F", "x0", "\u0660\u0661"})
    void rejects_non_hex_characters(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HexBytes.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY_HEX + "Z", KEY_HEX + "G0", "0x" + KEY_HEX + "0", KEY_HEX + " "})
    void error_message_never_contains_the_input(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HexBytes.parse(text))
                .withMessageNotContaining(text)
                .withMessageNotContaining(KEY_HEX)
                .withMessageNotContaining(KEY_HEX.substring(0, 8))
                .withMessageNotContaining(KEY_HEX.toLowerCase().substring(0, 8));
    }

    @Test
    void rejects_null_text() {
        assertThatThrownBy(() -> HexBytes.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void to_string_is_canonical_uppercase_without_prefix() {
        assertThat(HexBytes.parse("0xdeadbeef")).hasToString("DEADBEEF");
        assertThat(HexBytes.parse("0xdeadbeef").toHex()).isEqualTo("DEADBEEF");
        assertThat(HexBytes.of((byte) 0, (byte) 1, (byte) 0x80)).hasToString("000180");
        assertThat(HexBytes.empty()).hasToString("");
    }

    @Test
    void equal_by_value() {
        HexBytes a = HexBytes.parse("010203");
        HexBytes b = HexBytes.of((byte) 1, (byte) 2, (byte) 3);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
        assertThat(a).isNotEqualTo(HexBytes.parse("0102")).isNotEqualTo(HexBytes.parse("010204"))
                .isNotEqualTo("010203");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "0aff", "0X" + KEY_HEX, "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"})
    void round_trips_through_its_canonical_form(String text) {
        HexBytes value = HexBytes.parse(text);
        assertThat(HexBytes.parse(value.toString())).isEqualTo(value);
    }

    @Test
    void copies_the_bytes_on_the_way_in() {
        byte[] source = {1, 2, 3};
        HexBytes value = HexBytes.of(source);
        source[0] = 9;
        assertThat(value.byteAt(0)).isEqualTo((byte) 1);
    }

    @Test
    void copies_the_bytes_on_the_way_out() {
        HexBytes value = HexBytes.parse("010203");
        byte[] out = value.toByteArray();
        out[0] = 9;
        assertThat(value.toByteArray()).containsExactly(1, 2, 3);
        assertThat(value.toByteArray()).isNotSameAs(value.toByteArray());
    }

    @Test
    void of_no_bytes_is_the_empty_value() {
        assertThat(HexBytes.of()).isSameAs(HexBytes.empty());
        assertThat(HexBytes.of(new byte[0]).isEmpty()).isTrue();
    }

    @Test
    void byte_at_reads_each_position_and_checks_bounds() {
        HexBytes value = HexBytes.parse("A1B2");
        assertThat(value.length()).isEqualTo(2);
        assertThat(value.byteAt(0)).isEqualTo((byte) 0xA1);
        assertThat(value.byteAt(1)).isEqualTo((byte) 0xB2);
        assertThatThrownBy(() -> value.byteAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> value.byteAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
