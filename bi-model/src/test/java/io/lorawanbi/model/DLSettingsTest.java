package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DLSettingsTest {

    @ParameterizedTest(name = "OptNeg={0}, RX1DROffset={1}, RX2DataRate={2} -> {3}")
    @CsvSource({
        "false, 0, 0,  00",
        "true,  0, 0,  80",
        "false, 1, 0,  10",
        "false, 7, 0,  70",
        "false, 0, 1,  01",
        "false, 0, 15, 0F",
        "false, 3, 5,  35",
        "true,  2, 9,  A9",
        "true,  7, 15, FF"
    })
    void composes_and_decomposes_the_byte(boolean optNeg, int rx1DrOffset, int rx2DataRate, String hex) {
        DLSettings settings = DLSettings.of(optNeg, rx1DrOffset, rx2DataRate);
        assertThat(settings).hasToString(hex);
        assertThat(settings.value()).isEqualTo(Integer.parseInt(hex, 16));
        assertThat(settings.optNeg()).isEqualTo(optNeg);
        assertThat(settings.rx1DrOffset()).isEqualTo(rx1DrOffset);
        assertThat(settings.rx2DataRate()).isEqualTo(rx2DataRate);
        assertThat(DLSettings.parse(hex)).isEqualTo(settings);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 8, 100, Integer.MIN_VALUE})
    void rejects_rx1_dr_offset_outside_0_to_7(int rx1DrOffset) {
        assertThatIllegalArgumentException().isThrownBy(() -> DLSettings.of(false, rx1DrOffset, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 16, 255, Integer.MAX_VALUE})
    void rejects_rx2_data_rate_outside_0_to_15(int rx2DataRate) {
        assertThatIllegalArgumentException().isThrownBy(() -> DLSettings.of(true, 0, rx2DataRate));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0x100, -128})
    void rejects_values_that_are_not_one_byte(int value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DLSettings(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a9", "A9", "0xA9", "0Xa9"})
    void parses_either_case_with_an_optional_prefix(String text) {
        assertThat(DLSettings.parse(text)).isEqualTo(new DLSettings(0xA9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "A", "A90", "0x0xA9", "0x0x", "G0", "-1"})
    void rejects_malformed_text(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> DLSettings.parse(text));
    }

    @Test
    void to_string_is_two_uppercase_digits() {
        assertThat(new DLSettings(0x0a)).hasToString("0A");
        assertThat(DLSettings.parse("0xab")).hasToString("AB");
    }

    @Test
    void round_trips_through_its_canonical_form() {
        for (int v = 0; v <= 0xFF; v++) {
            DLSettings settings = new DLSettings(v);
            assertThat(DLSettings.parse(settings.toString())).isEqualTo(settings);
            assertThat(DLSettings.of(settings.optNeg(), settings.rx1DrOffset(), settings.rx2DataRate()))
                    .isEqualTo(settings);
        }
    }
}
