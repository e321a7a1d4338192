package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.ProtocolVersion;
import java.time.Duration;

/**
 * The outcome of one rule in one protocol version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule
 * @param version the version it ran in
 * @param outcome pass, fail, skip or not applicable
 * @param detail on failure what was expected and what came back; on skip or not applicable why; empty
 *     on pass
 * @param elapsed how long the check took
 */
public record RuleResult(Rule rule, ProtocolVersion version, Outcome outcome, String detail, Duration elapsed) {

    /** The outcomes. Only {@link #PASS} says that the endpoint did what the rule requires. */
    public enum Outcome {
        /** The endpoint behaved as the rule requires. */
        PASS,
        /** It did not. */
        FAIL,
        /** The rule needs a feature the endpoint did not declare. */
        SKIP,
        /**
         * The rule does not apply to the version (a 1.1-only rule run in 1.0): nothing was checked, so
         * it is not a pass. A test framework reports it as skipped.
         */
        NOT_APPLICABLE
    }

    /** Whether nothing was checked: skipped, or not applicable to the version. */
    public boolean isSkipped() {
        return outcome == Outcome.SKIP || outcome == Outcome.NOT_APPLICABLE;
    }

    /**
     * One report line: {@code PASS  1.1  required_… (§5.2)} and, on failure, skip or not applicable
     * ({@code N/A}), the detail.
     */
    public String line() {
        String label = outcome == Outcome.NOT_APPLICABLE ? "N/A" : outcome.name();
        return String.format("%-4s  %-3s  %s (%s)%s", label, version, rule.name(), rule.section(),
                detail.isEmpty() ? "" : ": " + detail);
    }
}
