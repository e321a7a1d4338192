package io.lorawanbi.testkit.assertions;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.message.HomeNSAns;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link HomeNSAns} (TS002 §3.2, docs/reference.md §5): those of every answer, and its HNetID
 * and HNSID. Get one from {@link BiAssertions#assertThat(HomeNSAns)}.
 *
 * <p>Not thread-safe: one per assertion chain.
 */
public final class HomeNSAnsAssert extends AbstractBiAnswerAssert<HomeNSAnsAssert, HomeNSAns> {

    /** Assertions on this answer. */
    public HomeNSAnsAssert(@Nullable HomeNSAns actual) {
        super(actual, HomeNSAnsAssert.class);
    }

    /** Checks that HNetID is this NetID. */
    public HomeNSAnsAssert hasHomeNetId(NetID expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!expected.equals(actual.hNetId())) {
            failWithActualExpectedAndMessage(AnswerHeaderDifferences.show(actual.hNetId()), expected.toString(),
                    escape("Expecting " + describeActual() + " to have HNetID " + expected + " but HNetID was "
                            + AnswerHeaderDifferences.show(actual.hNetId())));
        }
        return myself;
    }

    /** Checks that there is no HNetID, as in every failure answer. */
    public HomeNSAnsAssert hasNoHomeNetId() {
        isNotNull();
        if (actual.hNetId() != null) {
            failWithMessage(escape("Expecting " + describeActual() + " to have no HNetID but HNetID was " + actual.hNetId()));
        }
        return myself;
    }

    /** Checks that HNSID (a 1.1 member) is this NSID. */
    public HomeNSAnsAssert hasHomeNsId(EUI64 expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (!expected.equals(actual.hNsId())) {
            failWithActualExpectedAndMessage(AnswerHeaderDifferences.show(actual.hNsId()), expected.toString(),
                    escape("Expecting " + describeActual() + " to have HNSID " + expected + " but HNSID was "
                            + AnswerHeaderDifferences.show(actual.hNsId())));
        }
        return myself;
    }

    /** Checks that there is no HNSID, as in every 1.0 answer. */
    public HomeNSAnsAssert hasNoHomeNsId() {
        isNotNull();
        if (actual.hNsId() != null) {
            failWithMessage(escape("Expecting " + describeActual() + " to have no HNSID but HNSID was " + actual.hNsId()));
        }
        return myself;
    }
}
