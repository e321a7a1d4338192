package io.lorawanbi.testkit.junit;

import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.HomeNSConformance;
import io.lorawanbi.testkit.conformance.Rule;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance rules of the HomeNSReq answering role ({@link HomeNSConformance}, each citing its
 * section of docs/reference.md) as JUnit 5 tests, for a test class that extends this
 * one and says which endpoint to check and what it serves:
 *
 * <pre>{@code
 * class MyJoinServerConformanceTest extends HomeNSConformanceContract {
 *     protected ConformanceTarget target() { return ConformanceTarget.http(endpoint); }
 *     protected SuiteConfig config() { return SuiteConfig.builder()...build(); }
 * }
 * }</pre>
 *
 * <p>A test class that must keep its own superclass returns {@link
 * HomeNSConformanceTests#dynamicTests(ConformanceTarget, SuiteConfig)} from a {@code @TestFactory}
 * method instead; the tests, their names and their messages are the same.
 *
 * <p>{@link #homeNsConformance()} yields one container per configured version, named
 * {@code ProtocolVersion 1.0} and {@code ProtocolVersion 1.1}, and in each one test per rule, named
 * {@code <rule> [ProtocolVersion <version>]}. A rule that passes passes its test; a rule that fails
 * fails its test with an {@code org.opentest4j.AssertionFailedError} whose message names the rule, the
 * version and the section, and says what was expected and what came back; a rule that needs a
 * {@linkplain io.lorawanbi.testkit.conformance.Feature feature} the configuration does not declare is
 * aborted with that reason, so JUnit reports it as skipped. Optional rules fail like required ones;
 * override {@link #rules()} to leave some out.
 *
 * <p>{@link #target()} and {@link #config()} are called once per run of the factory, before any rule
 * runs; an exception from either, or a {@code null}, fails the factory. The class holds no state of its
 * own. The dynamic tests run one after another, as JUnit runs them; the target must be thread-safe if
 * the build runs tests in parallel.
 */
public abstract class HomeNSConformanceContract {

    /** For subclasses. */
    protected HomeNSConformanceContract() {}

    /** The endpoint to check: {@link ConformanceTarget#http(java.net.URI)} for a live one, {@link ConformanceTarget#inProcess} for a server in process. */
    protected abstract ConformanceTarget target();

    /** What the endpoint serves and declares: sender, JoinEUI, known device, versions and features. */
    protected abstract SuiteConfig config();

    /** The rules to run: every rule of {@link HomeNSConformance} unless overridden. */
    protected List<Rule> rules() {
        return HomeNSConformance.rules();
    }

    /**
     * One container per configured version and in it one test per rule, in the order of
     * {@link #rules()}.
     *
     * @return the tests, for JUnit to run
     */
    @TestFactory
    public final Stream<DynamicNode> homeNsConformance() {
        ConformanceTarget target = Objects.requireNonNull(target(), "target()");
        SuiteConfig config = Objects.requireNonNull(config(), "config()");
        return HomeNSConformanceTests.dynamicTests(target, config, rules());
    }
}
