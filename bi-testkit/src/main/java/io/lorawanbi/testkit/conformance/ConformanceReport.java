package io.lorawanbi.testkit.conformance;

import java.util.List;

/**
 * The results of a conformance run, one per rule and version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results every result, by version then in rule order
 */
public record ConformanceReport(List<RuleResult> results) {

    /** Copies the results. */
    public ConformanceReport {
        results = List.copyOf(results);
    }

    /** Whether every required rule that ran passed (skipped rules do not count against it). */
    public boolean requiredRulesPassed() {
        return results.stream().noneMatch(r -> r.rule().isRequired() && r.outcome() == RuleResult.Outcome.FAIL);
    }

    /** The results with this outcome. */
    public List<RuleResult> withOutcome(RuleResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** The summary line: {@code 40 passed, 2 failed, 2 skipped}. */
    public String summary() {
        return withOutcome(RuleResult.Outcome.PASS).size() + " passed, " + withOutcome(RuleResult.Outcome.FAIL).size()
                + " failed, " + withOutcome(RuleResult.Outcome.SKIP).size() + " skipped";
    }

    /** The whole report as text: one line per result, then the summary. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (RuleResult r : results) {
            out.append(r.line()).append('\n');
        }
        return out.append(summary()).append('\n').toString();
    }
}
