package io.lorawanbi.testkit.assertions;

import io.lorawanbi.model.message.BiAnswer;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on any Backend Interfaces answer (TS002 §3.1); see {@link AbstractBiAnswerAssert}. Get
 * one from {@link BiAssertions#assertThat(BiAnswer)}.
 *
 * <p>Not thread-safe: one per assertion chain.
 */
public final class BiAnswerAssert extends AbstractBiAnswerAssert<BiAnswerAssert, BiAnswer> {

    /** Assertions on this answer. */
    public BiAnswerAssert(@Nullable BiAnswer actual) {
        super(actual, BiAnswerAssert.class);
    }
}
