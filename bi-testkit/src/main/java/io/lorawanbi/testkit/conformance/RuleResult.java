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
 * @param outcome pass, fail or skip
 * @param detail on failure what was expected and what came back; on skip why; empty on pass
 * @param elapsed how long the check took
 */
public record RuleResult(Rule rule, ProtocolVersion version, Outcome outcome, String detail, Duration elapsed) {

    /** The three outcomes. */
    public enum Outcome {
        /** The endpoint behaved as the rule requires. */
        PASS,
        /** It did not. */
        FAIL,
        /** The rule needs a feature the endpoint did not declare. */
        SKIP
    }

    /** One report line: {@code PASS  1.1  required_… (§5.2)} and, on failure or skip, the detail. */
    public String line() {
        return String.format("%-4s  %-3s  %s (%s)%s", outcome, version, rule.name(), rule.section(),
                detail.isEmpty() ? "" : ": " + detail);
    }
}
