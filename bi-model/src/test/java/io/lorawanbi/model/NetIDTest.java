package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetIDTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 0x13, 0xC00053, NetID.MAX_VALUE})
    void accepts_every_24_bit_value(int value) {
        assertThat(NetID.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0x100_0000, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejects_values_outside_24_bits(int value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new NetID(value));
    }

    @Test
    void parses_either_hex_case() {
        assertThat(NetID.parse("C0005A")).isEqualTo(NetID.of(0xC0005A));
        assertThat(NetID.parse("c0005a")).isEqualTo(NetID.of(0xC0005A));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0xC00053", "0XC00053", "0xc00053"})
    void accepts_one_0x_prefix(String text) {
        assertThat(NetID.parse(text)).isEqualTo(NetID.of(0xC00053));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x0xC00053", "0x0x0053", "0X0XC000"})
    void rejects_a_doubled_prefix(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> NetID.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "13", "00013", "0000013", "00000013"})
    void rejects_wrong_length(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> NetID.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00001G", "0000-1", "00 013", "+00013"})
    void rejects_non_hex_characters(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> NetID.parse(text));
    }

    @Test
    void to_string_is_6_uppercase_digits_without_prefix() {
        assertThat(NetID.parse("0xc00053")).hasToString("C00053");
        assertThat(NetID.of(0x13)).hasToString("000013");
    }

    @Test
    void equal_by_value() {
        assertThat(NetID.parse("000013")).isEqualTo(NetID.of(0x13)).hasSameHashCodeAs(NetID.of(0x13))
                .isNotEqualTo(NetID.of(0x14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000", "000013", "c00053", "0xFFFFFF"})
    void round_trips_through_its_canonical_form(String text) {
        NetID id = NetID.parse(text);
        assertThat(NetID.parse(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} is type {1}, NwkID {2} of {3} bits")
    @CsvSource({
        "000013, 0, 0x13,     6",
        "00003F, 0, 0x3F,     6",
        "0000FF, 0, 0x3F,     6",
        "20002A, 1, 0x2A,     6",
        "3FFFFF, 1, 0x3F,     6",
        "4001FF, 2, 0x1FF,    9",
        "400234, 2, 0x34,     9",
        "600010, 3, 0x10,     21",
        "7FFFFF, 3, 0x1FFFFF, 21",
        "800001, 4, 0x01,     21",
        "A00102, 5, 0x102,    21",
        "C00053, 6, 0x53,     21",
        "E00004, 7, 0x04,     21",
        "FFFFFF, 7, 0x1FFFFF, 21"
    })
    void splits_type_and_nwk_id(String text, int type, String nwkId, int bits) {
        NetID id = NetID.parse(text);
        assertThat(id.type()).isEqualTo(type);
        assertThat(id.nwkIdBits()).isEqualTo(bits);
        assertThat(id.nwkId()).isEqualTo(Integer.decode(nwkId));
    }

    @Test
    void belongs_to_a_network_server() {
        assertThat(NetID.of(0x13).role()).isEqualTo(Role.NETWORK_SERVER);
    }
}
