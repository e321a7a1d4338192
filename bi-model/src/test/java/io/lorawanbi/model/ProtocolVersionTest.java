package io.lorawanbi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtocolVersionTest {

    @Test
    void of_1_0_is_the_supported_constant() {
        assertThat(ProtocolVersion.of("1.0")).isSameAs(ProtocolVersion.V1_0);
        assertThat(ProtocolVersion.V1_0.isSupported()).isTrue();
        assertThat(ProtocolVersion.V1_0.is1_1()).isFalse();
        assertThat(ProtocolVersion.V1_0.value()).isEqualTo("1.0");
        assertThat(ProtocolVersion.V1_0).hasToString("1.0");
    }

    @Test
    void of_1_1_is_the_supported_constant() {
        assertThat(ProtocolVersion.of("1.1")).isSameAs(ProtocolVersion.V1_1);
        assertThat(ProtocolVersion.V1_1.isSupported()).isTrue();
        assertThat(ProtocolVersion.V1_1.is1_1()).isTrue();
        assertThat(ProtocolVersion.V1_1.value()).isEqualTo("1.1");
        assertThat(ProtocolVersion.V1_1).hasToString("1.1");
    }

    @Test
    void constants_differ() {
        assertThat(ProtocolVersion.V1_0).isNotEqualTo(ProtocolVersion.V1_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "1.0.0", "1.1.0", "2.0", "", "1", " 1.0", "v1.1"})
    void other_text_is_an_unsupported_version_that_keeps_its_text(String text) {
        ProtocolVersion version = ProtocolVersion.of(text);
        assertThat(version.isSupported()).isFalse();
        assertThat(version.is1_1()).isFalse();
        assertThat(version.value()).isEqualTo(text);
        assertThat(version).hasToString(text);
        assertThat(version).isNotEqualTo(ProtocolVersion.V1_0).isNotEqualTo(ProtocolVersion.V1_1);
    }

    @Test
    void unsupported_versions_with_the_same_text_are_equal() {
        assertThat(ProtocolVersion.of("1.2")).isEqualTo(ProtocolVersion.of("1.2"))
                .hasSameHashCodeAs(ProtocolVersion.of("1.2"))
                .isNotEqualTo(ProtocolVersion.of("1.3"));
    }

    @Test
    void rejects_null() {
        assertThatThrownBy(() -> ProtocolVersion.of(null)).isInstanceOf(NullPointerException.class);
    }
}
