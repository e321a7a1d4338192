package io.lorawanbi.testkit.conformance;

import io.lorawanbi.client.internal.TransportFailures;
import io.lorawanbi.testkit.client.TargetResponse;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.testkit.internal.HttpExchanges;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs conformance rules against a target, in plain Java (no test framework needed), and returns a
 * report.
 *
 * <p>Before the rules, the runner sends one valid request (a <em>preflight</em>): if no connection
 * can be made (nothing listens, the name does not resolve, the TLS handshake fails), the run ends
 * with a report that says why in one line, instead of every rule failing on the same cause. The
 * preflight's answer is not judged, but no answer in time to it ends the run the same way ({@code
 * no answer within 10 s to a valid request}): every rule would wait as long. Then each rule runs once per configured version; a rule that
 * needs an undeclared feature is skipped, a rule that does not apply to a version is reported as not
 * applicable (never as a pass), and a rule's failure never stops the run. When most failures share
 * one cause (every answer UnknownSender, say), the report states it first.
 *
 * <p>The whole run, preflight included, is bounded by a deadline ({@link #DEFAULT_DEADLINE} unless
 * {@link #withDeadline(Duration)} says otherwise): when it passes, the rule in progress is abandoned
 * (its thread interrupted) and it and every rule not yet run are reported as skipped, {@code not run:
 * the run's deadline of 120 s passed}; the report says the run was stopped and never that every
 * required rule passed.
 *
 * <p>Thread-safe: the runner holds no state between runs.
 */
public final class ConformanceRunner {

    /** The deadline of a whole run unless another is given: 2 minutes. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(2);

    private final List<Rule> rules;
    private final Duration deadline;

    /** A runner of the HomeNSReq answering rules. */
    public ConformanceRunner() {
        this(HomeNSConformance.rules());
    }

    /** A runner of the given rules. */
    public ConformanceRunner(List<Rule> rules) {
        this(rules, DEFAULT_DEADLINE);
    }

    private ConformanceRunner(List<Rule> rules, Duration deadline) {
        this.rules = List.copyOf(rules);
        this.deadline = deadline;
    }

    /**
     * This runner with another deadline for a whole run.
     *
     * @param deadline the longest a run may take, preflight included; positive
     * @throws IllegalArgumentException if the deadline is zero or negative
     */
    public ConformanceRunner withDeadline(Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the deadline must be positive, not " + deadline);
        }
        return new ConformanceRunner(rules, deadline);
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
        long end = System.nanoTime() + deadline.toNanos();
        String overdue = "the run's deadline of " + TransportFailures.seconds(deadline) + " passed";
        ExecutorService worker = Executors.newSingleThreadExecutor(HttpExchanges.daemonThreads("bi-conformance-run"));
        try {
            Optional<Optional<String>> preflight = within(worker, end, () -> preflight(target, config));
            if (preflight.isEmpty()) {
                return ConformanceReport.unreachable(overdue + " before the endpoint answered a valid request");
            }
            if (preflight.get().isPresent()) {
                return ConformanceReport.unreachable(preflight.get().get());
            }
            List<RuleResult> results = new ArrayList<>();
            List<List<TargetResponse>> failedResponses = new ArrayList<>();
            String stopped = null;
            long seed = 0x424953554954L;
            for (ProtocolVersion version : config.versions()) {
                for (Rule rule : rules) {
                    long ruleSeed = seed++;
                    RuleResult result;
                    if (stopped == null) {
                        List<TargetResponse> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
                        Optional<RuleResult> ran = within(worker, end, () -> runOne(rule, version, target, config, ruleSeed, seen));
                        if (ran.isPresent()) {
                            result = ran.get();
                            if (result.outcome() == RuleResult.Outcome.FAIL) {
                                failedResponses.add(List.copyOf(seen));
                            }
                        } else {
                            stopped = overdue + " after " + results.size() + " of "
                                    + config.versions().size() * rules.size() + " rules";
                            result = notRun(rule, version, overdue);
                        }
                    } else {
                        result = notRun(rule, version, overdue);
                    }
                    results.add(result);
                    progress.accept(result);
                }
            }
            return new ConformanceReport(results, null, CommonCause.of(failedResponses, config), stopped);
        } finally {
            worker.shutdownNow();
        }
    }

    private static RuleResult notRun(Rule rule, ProtocolVersion version, String why) {
        return new RuleResult(rule, version, RuleResult.Outcome.SKIP, "not run: " + why, Duration.ZERO);
    }

    /** The task's value, or empty if the deadline passed first (the task is then interrupted). */
    private static <T> Optional<T> within(ExecutorService worker, long end, Callable<T> task) {
        Future<T> future = worker.submit(task);
        try {
            return Optional.of(future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the conformance rules", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Sends one valid request for the known device in the first configured version.
     *
     * @return why the run cannot go on: no connection could be made, or no answer came in time; empty
     *     if the endpoint answered (whatever it answered) or closed the connection after the request was
     *     sent
     */
    public static Optional<String> preflight(ConformanceTarget target, SuiteConfig config) {
        Probe probe = new Probe(target, config, config.versions().iterator().next(), 0L);
        try {
            probe.post(probe.request());
            return Optional.empty();
        } catch (TargetUnreachableException e) {
            return Optional.of(e.getMessage());
        } catch (UncheckedIOException e) {
            if (TransportFailures.timedOut(e)) {
                // every rule would wait as long: the run ends here, like an unreachable endpoint
                return Optional.of((e.getMessage() == null ? "no answer in time" : e.getMessage()) + " to a valid request");
            }
            // reached: it closed the connection after the request was sent; the rules judge that
            return Optional.empty();
        } catch (RuntimeException e) {
            // a target that fails in another way: the rules judge and report it
            return Optional.empty();
        }
    }

    /**
     * Runs one rule in one version, with no preflight and no deadline: the hook for a test framework
     * that gives each rule a test of its own, as the JUnit 5 layer ({@code HomeNSConformanceTests}) does
     * and a TestNG or Spock layer would. {@link #run(ConformanceTarget, SuiteConfig)} is the call for a
     * whole, bounded run.
     *
     * @param seed the seed of the rule's random values (TransactionIDs, tokens), so that a failing run
     *     can be repeated
     * @return the rule's outcome; never throws for anything the target does
     */
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
