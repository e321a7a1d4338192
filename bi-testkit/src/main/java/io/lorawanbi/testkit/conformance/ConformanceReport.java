package io.lorawanbi.testkit.conformance;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results of a conformance run, one per rule and version, and what the run found about them as a
 * whole: that the endpoint could not be reached at all (then no rule ran), that the run's deadline
 * passed before every rule ran, or that most failures share one cause.
 *
 * <p>Immutable and thread-safe.
 *
 * @param results every result, by version then in rule order; empty if the endpoint was unreachable
 * @param unreachable why the preflight connection failed (the endpoint and the reason, such as the
 *     PKIX reason of a failed TLS handshake), or {@code null} if it was reached
 * @param commonCause what most failures have in common (for example that every answer was
 *     UnknownSender) and what to check, or {@code null} if they have no common cause
 * @param stopped why the run ended before every rule ran (its deadline passed; the rules not run are
 *     in the results as skipped, saying so), or {@code null} if every rule ran
 */
public record ConformanceReport(List<RuleResult> results, @Nullable String unreachable, @Nullable String commonCause,
        @Nullable String stopped) {

    /** Copies the results. */
    public ConformanceReport {
        results = List.copyOf(results);
    }

    /** A report of a run that was not stopped before its end. */
    public ConformanceReport(List<RuleResult> results, @Nullable String unreachable, @Nullable String commonCause) {
        this(results, unreachable, commonCause, null);
    }

    /** A report of results alone: the endpoint was reached and no common cause was found. */
    public ConformanceReport(List<RuleResult> results) {
        this(results, null, null);
    }

    /** A report of a run that ended before the rules because the endpoint could not be reached. */
    public static ConformanceReport unreachable(String reason) {
        return new ConformanceReport(List.of(), reason, null, null);
    }

    /** Why the run ended before every rule ran: its deadline passed. */
    public Optional<String> stoppedReason() {
        return Optional.ofNullable(stopped);
    }

    /** Whether every rule ran: the endpoint was reached and the run was not stopped by its deadline. */
    public boolean complete() {
        return unreachable == null && stopped == null;
    }

    /** Why no rule ran: the preflight could not reach the endpoint. */
    public Optional<String> unreachableReason() {
        return Optional.ofNullable(unreachable);
    }

    /** What most failures have in common, if anything. */
    public Optional<String> commonFailureCause() {
        return Optional.ofNullable(commonCause);
    }

    /**
     * Whether every required rule that ran passed (skipped and not applicable rules do not count
     * against it). False when the endpoint could not be reached or the run was stopped before every
     * rule ran.
     */
    public boolean requiredRulesPassed() {
        return complete()
                && results.stream().noneMatch(r -> r.rule().isRequired() && r.outcome() == RuleResult.Outcome.FAIL);
    }

    /** The results with this outcome. */
    public List<RuleResult> withOutcome(RuleResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /**
     * The summary: {@code 40 passed, 2 failed, 2 skipped, 1 not applicable}; preceded by the common
     * cause of most failures when there is one and by why the run was stopped when it was; or, when
     * the endpoint could not be reached, the one
     * line that says why ({@code not run: cannot reach https://…: TLS handshake failed: PKIX path
     * building failed: …}).
     */
    public String summary() {
        if (unreachable != null) {
            return "not run: " + unreachable;
        }
        String counts = withOutcome(RuleResult.Outcome.PASS).size() + " passed, " + withOutcome(RuleResult.Outcome.FAIL).size()
                + " failed, " + withOutcome(RuleResult.Outcome.SKIP).size() + " skipped";
        int notApplicable = withOutcome(RuleResult.Outcome.NOT_APPLICABLE).size();
        counts += notApplicable == 0 ? "" : ", " + notApplicable + " not applicable";
        String before = (stopped == null ? "" : "stopped: " + stopped + "\n") + (commonCause == null ? "" : commonCause + "\n");
        return before + counts;
    }

    /**
     * The whole report as text: why the run was stopped and the common cause first if any, one line per
     * result, then the counts.
     */
    public String render() {
        if (unreachable != null) {
            return summary() + '\n';
        }
        StringBuilder out = new StringBuilder();
        if (stopped != null) {
            out.append("stopped: ").append(stopped).append('\n');
        }
        if (commonCause != null) {
            out.append(commonCause).append('\n');
        }
        for (RuleResult r : results) {
            out.append(r.line()).append('\n');
        }
        String summary = summary();
        return out.append(summary.substring(summary.lastIndexOf('\n') + 1)).append('\n').toString();
    }
}
