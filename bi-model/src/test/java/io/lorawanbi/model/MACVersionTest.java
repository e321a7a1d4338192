package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MACVersionTest {

    @Test
    void two_and_three_part_forms_of_1_0_are_equal() {
        assertThat(MACVersion.parse("1.0")).isEqualTo(MACVersion.parse("1.0.0")).isEqualTo(MACVersion.V1_0)
                .hasSameHashCodeAs(MACVersion.parse("1.0.0"));
    }

    @Test
    void two_and_three_part_forms_of_1_1_are_equal() {
        assertThat(MACVersion.parse("1.1")).isEqualTo(MACVersion.parse("1.1.0")).isEqualTo(MACVersion.V1_1)
                .hasSameHashCodeAs(MACVersion.parse("1.1.0"));
    }

    @Test
    void different_patch_levels_are_not_equal() {
        assertThat(MACVersion.parse("1.0.2")).isNotEqualTo(MACVersion.parse("1.0.3")).isNotEqualTo(MACVersion.V1_0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.0,   1.0",
        "1.0.0, 1.0",
        "1.1.0, 1.1",
        "1.1,   1.1",
        "1.0.2, 1.0.2",
        "1.0.4, 1.0.4",
        "2.3.10, 2.3.10"
    })
    void canonical_form_drops_a_zero_patch(String text, String canonical) {
        MACVersion version = MACVersion.parse(text);
        assertThat(version).hasToString(canonical);
        assertThat(MACVersion.parse(version.toString())).isEqualTo(version);
    }

    @Test
    void constants_hold_their_parts() {
        assertThat(MACVersion.V1_0_3).isEqualTo(new MACVersion(1, 0, 3));
        assertThat(MACVersion.parse("1.0.3")).isEqualTo(MACVersion.V1_0_3);
        assertThat(MACVersion.parse("1.0.1")).isEqualTo(MACVersion.V1_0_1);
        assertThat(MACVersion.parse("1.0.2")).isEqualTo(MACVersion.V1_0_2);
        assertThat(MACVersion.parse("1.0.4")).isEqualTo(MACVersion.V1_0_4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.1", "1.1.0"})
    void published_versions_are_known(String text) {
        assertThat(MACVersion.parse(text).isKnown()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.5", "1.1.1", "1.2", "1.2.0", "0.9", "2.0", "0.0"})
    void other_versions_are_not_known(String text) {
        assertThat(MACVersion.parse(text).isKnown()).isFalse();
    }

    @ParameterizedTest(name = "{0} at least 1.1: {1}")
    @CsvSource({
        "1.0,   false",
        "1.0.4, false",
        "0.9,   false",
        "1.1,   true",
        "1.1.0, true",
        "1.1.1, true",
        "1.2,   true",
        "2.0,   true"
    })
    void tells_whether_at_least_1_1(String text, boolean atLeast) {
        assertThat(MACVersion.parse(text).isAtLeast1_1()).isEqualTo(atLeast);
    }

    @Test
    void orders_by_major_then_minor_then_patch() {
        List<MACVersion> shuffled = new ArrayList<>(List.of(MACVersion.parse("2.0"), MACVersion.V1_1,
                MACVersion.V1_0_4, MACVersion.parse("1.0.10"), MACVersion.V1_0, MACVersion.parse("1.10"),
                MACVersion.V1_0_2, MACVersion.parse("1.1.1")));
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(MACVersion::toString)
                .containsExactly("1.0", "1.0.2", "1.0.4", "1.0.10", "1.1", "1.1.1", "1.10", "2.0");
    }

    @Test
    void compare_to_is_zero_for_equal_versions() {
        assertThat(MACVersion.parse("1.0").compareTo(MACVersion.parse("1.0.0"))).isZero();
        assertThat(MACVersion.V1_0.compareTo(MACVersion.V1_1)).isNegative();
        assertThat(MACVersion.V1_1.compareTo(MACVersion.V1_0_4)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.", "1.0.", "v1.0", "1.0.0.0", ".1", "1..0", "1.0a", " 1.0", "1.0 ",
        "1.-1", "1,0", "1.0.1234", "\u0661.\u0660"})
    void rejects_malformed_text(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> MACVersion.parse(text));
    }

    @Test
    void rejects_negative_parts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MACVersion(-1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new MACVersion(1, -1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new MACVersion(1, 0, -1));
    }
}
