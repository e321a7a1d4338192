package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodecLimitsTest {

    @Test
    void defaults_are_the_documented_ones() {
        assertThat(CodecLimits.DEFAULTS).isEqualTo(new CodecLimits(65536, 32, 16384, 64, 1024, 256));
    }

    @Test
    void each_wither_changes_one_limit() {
        CodecLimits d = CodecLimits.DEFAULTS;
        assertThat(d.withMaxBodyBytes(1).maxBodyBytes()).isEqualTo(1);
        assertThat(d.withMaxDepth(2).maxDepth()).isEqualTo(2);
        assertThat(d.withMaxStringLength(3).maxStringLength()).isEqualTo(3);
        assertThat(d.withMaxNumberLength(4).maxNumberLength()).isEqualTo(4);
        assertThat(d.withMaxArrayLength(5).maxArrayLength()).isEqualTo(5);
        assertThat(d.withMaxMembers(6).maxMembers()).isEqualTo(6);
        assertThat(d.withMaxMembers(6).withMaxDepth(32)).isEqualTo(d.withMaxMembers(6));
    }

    @Test
    void refuses_limits_that_are_not_positive() {
        assertThatThrownBy(() -> CodecLimits.DEFAULTS.withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> CodecLimits.DEFAULTS.withMaxArrayLength(-1)).hasMessageContaining("maxArrayLength");
    }

    @Test
    void caps_nesting_so_the_recursive_readers_cannot_overflow_the_stack() {
        assertThat(CodecLimits.DEFAULTS.withMaxDepth(CodecLimits.MAX_DEPTH).maxDepth()).isEqualTo(1000);
        assertThatThrownBy(() -> CodecLimits.DEFAULTS.withMaxDepth(1001)).hasMessageContaining("at most 1000");
    }
}
