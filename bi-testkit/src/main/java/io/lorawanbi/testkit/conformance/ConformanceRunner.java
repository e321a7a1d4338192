package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.testkit.internal.TransportFailures;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs conformance rules against a target, in plain Java (no test framework needed), and returns a
 * report.
 *
 * <p>Before the rules, the runner sends one valid request (a <em>preflight</em>): if no connection
 * can be made (nothing listens, the name does not resolve, the TLS handshake fails), the run ends
 * with a report that says why in one line, instead of every rule failing on the same cause. The
 * preflight's answer is not judged. Then each rule runs once per configured version; a rule that
 * needs an undeclared feature is skipped, a rule that does not apply to a version is reported as not
 * applicable (never as a pass), and a rule's failure never stops the run. When most failures share
 * one cause (every answer UnknownSender, say), the report states it first.
 *
 * <p>Thread-safe: the runner holds no state between runs.
 */
public final class ConformanceRunner {

    private final List<Rule> rules;

    /** A runner of the HomeNSReq answering rules. */
    public ConformanceRunner() {
        this(HomeNSConformance.rules());
    }

    /** A runner of the given rules. */
    public ConformanceRunner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Runs every rule in every configured version. */
    public ConformanceReport run(ConformanceTarget target, SuiteConfig config) {
        return run(target, config, r -> {});
    }

    /**
     * Runs every rule in every configured version, telling a listener each result as it comes (for
     * progress output). If the preflight cannot reach the endpoint, no rule runs and the listener
     * hears nothing.
     */
    public ConformanceReport run(ConformanceTarget target, SuiteConfig config, Consumer<RuleResult> progress) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(config, "config");
        Optional<String> unreachable = preflight(target, config);
        if (unreachable.isPresent()) {
            return ConformanceReport.unreachable(unreachable.get());
        }
        List<RuleResult> results = new ArrayList<>();
        List<List<TargetResponse>> failedResponses = new ArrayList<>();
        long seed = 0x424953554954L;
        for (ProtocolVersion version : config.versions()) {
            for (Rule rule : rules) {
                List<TargetResponse> seen = new ArrayList<>();
                RuleResult result = runOne(rule, version, target, config, seed++, seen);
                if (result.outcome() == RuleResult.Outcome.FAIL) {
                    failedResponses.add(seen);
                }
                results.add(result);
                progress.accept(result);
            }
        }
        return new ConformanceReport(results, null, CommonCause.of(failedResponses, config));
    }

    /**
     * Sends one valid request for the known device in the first configured version.
     *
     * @return why no connection could be made, or empty if the endpoint was reached (whatever it
     *     answered, or if it closed the connection after the request was sent)
     */
    public static Optional<String> preflight(ConformanceTarget target, SuiteConfig config) {
        Probe probe = new Probe(target, config, config.versions().iterator().next(), 0L);
        try {
            probe.post(probe.request());
            return Optional.empty();
        } catch (TargetUnreachableException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            // reached (it closed the connection or did not answer in time), or a target that fails in
            // another way: the rules judge and report it
            return Optional.empty();
        }
    }

    /** Runs one rule in one version. */
    public static RuleResult runOne(Rule rule, ProtocolVersion version, ConformanceTarget target, SuiteConfig config,
            long seed) {
        return runOne(rule, version, target, config, seed, new ArrayList<>());
    }

    private static RuleResult runOne(Rule rule, ProtocolVersion version, ConformanceTarget target, SuiteConfig config,
            long seed, List<TargetResponse> seen) {
        if (!rule.appliesTo(version)) {
            return new RuleResult(rule, version, RuleResult.Outcome.NOT_APPLICABLE,
                    "applies only to ProtocolVersion " + String.join(", ", rule.versions().stream().map(String::valueOf).toList()),
                    Duration.ZERO);
        }
        if (!config.features().containsAll(rule.needs())) {
            List<Feature> missing = rule.needs().stream().filter(f -> !config.features().contains(f)).toList();
            return new RuleResult(rule, version, RuleResult.Outcome.SKIP, "needs undeclared feature " + missing, Duration.ZERO);
        }
        long start = System.nanoTime();
        RuleResult.Outcome outcome = RuleResult.Outcome.PASS;
        String detail = "";
        Probe probe = new Probe(target, config, version, seed);
        try {
            rule.check().run(probe);
        } catch (RuleFailure f) {
            outcome = RuleResult.Outcome.FAIL;
            detail = f.getMessage();
        } catch (TargetUnreachableException e) {
            outcome = RuleResult.Outcome.FAIL;
            detail = "the endpoint could not be reached: " + e.getMessage();
        } catch (UncheckedIOException e) {
            outcome = RuleResult.Outcome.FAIL;
            detail = "no answer: " + (e.getCause() == null ? e.getMessage() : TransportFailures.reason(e.getCause()));
        } catch (RuntimeException e) {
            outcome = RuleResult.Outcome.FAIL;
            detail = "the response could not be checked: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        seen.addAll(probe.responses());
        return new RuleResult(rule, version, outcome, detail, Duration.ofNanos(System.nanoTime() - start));
    }
}
