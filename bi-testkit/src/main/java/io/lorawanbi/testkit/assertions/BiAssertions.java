package io.lorawanbi.testkit.assertions;

import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.HomeNSAns;
import org.jspecify.annotations.Nullable;

/**
 * Entry points of the AssertJ assertions on Backend Interfaces answers (TS002 §3.1; the derived answer
 * header of docs/reference.md §2.3). Import them statically, next to AssertJ's own {@code assertThat}:
 *
 * <pre>{@code
 * assertThat(answer).answers(request).isSuccess().hasHomeNetId(NetID.parse("C00053"));
 * }</pre>
 *
 * <p>Stateless and thread-safe. Each call returns a new assertion object, which is not thread-safe. A
 * failed assertion throws an {@link AssertionError} (an {@code org.opentest4j.AssertionFailedError}
 * with expected and actual values where one value is compared and opentest4j is present).
 */
public final class BiAssertions {

    private BiAssertions() {}

    /** Assertions on any answer. */
    public static BiAnswerAssert assertThat(@Nullable BiAnswer actual) {
        return new BiAnswerAssert(actual);
    }

    /** Assertions on a HomeNSAns, with its HNetID and HNSID. */
    public static HomeNSAnsAssert assertThat(@Nullable HomeNSAns actual) {
        return new HomeNSAnsAssert(actual);
    }
}
