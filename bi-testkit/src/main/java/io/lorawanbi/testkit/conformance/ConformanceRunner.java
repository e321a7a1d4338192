package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.ProtocolVersion;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs conformance rules against a target, in plain Java (no test framework needed), and returns a
 * report. Each rule runs once per configured version; a rule that needs an undeclared feature is
 * skipped. A rule's failure never stops the run.
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
     * progress output).
     */
    public ConformanceReport run(ConformanceTarget target, SuiteConfig config, Consumer<RuleResult> progress) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(config, "config");
        List<RuleResult> results = new ArrayList<>();
        long seed = 0x424953554954L;
        for (ProtocolVersion version : config.versions()) {
            for (Rule rule : rules) {
                RuleResult result = runOne(rule, version, target, config, seed++);
                results.add(result);
                progress.accept(result);
            }
        }
        return new ConformanceReport(results);
    }

    /** Runs one rule in one version. */
    public static RuleResult runOne(Rule rule, ProtocolVersion version, ConformanceTarget target, SuiteConfig config,
            long seed) {
        if (!config.features().containsAll(rule.needs())) {
            List<Feature> missing = rule.needs().stream().filter(f -> !config.features().contains(f)).toList();
            return new RuleResult(rule, version, RuleResult.Outcome.SKIP, "needs undeclared feature " + missing, Duration.ZERO);
        }
        long start = System.nanoTime();
        RuleResult.Outcome outcome = RuleResult.Outcome.PASS;
        String detail = "";
        try {
            rule.check().run(new Probe(target, config, version, seed));
        } catch (RuleFailure f) {
            outcome = RuleResult.Outcome.FAIL;
            detail = f.getMessage();
        } catch (UncheckedIOException e) {
            outcome = RuleResult.Outcome.FAIL;
            detail = "the endpoint could not be reached: " + e.getMessage();
        } catch (RuntimeException e) {
            outcome = RuleResult.Outcome.FAIL;
            detail = "the response could not be checked: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
        return new RuleResult(rule, version, outcome, detail, Duration.ofNanos(System.nanoTime() - start));
    }
}
