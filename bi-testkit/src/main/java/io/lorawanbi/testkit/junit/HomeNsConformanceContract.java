package io.lorawanbi.testkit.junit;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.HomeNsConformance;
import io.lorawanbi.testkit.conformance.Rule;
import io.lorawanbi.testkit.conformance.RuleResult;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance rules of the HomeNSReq answering role ({@link HomeNsConformance}, each citing its
 * section of the Backend Interfaces reference) as JUnit 5 tests. A test class extends this class and
 * says which endpoint to check and what it serves:
 *
 * <pre>{@code
 * class MyJoinServerConformanceTest extends HomeNsConformanceContract {
 *     protected ConformanceTarget target() { return ConformanceTarget.http(endpoint, client, null); }
 *     protected SuiteConfig config() { return SuiteConfig.builder()...build(); }
 * }
 * }</pre>
 *
 * <p>{@link #homeNsConformance()} yields one container per configured version, named
 * {@code ProtocolVersion 1.0} and {@code ProtocolVersion 1.1}, and in each one test per rule, named
 * after the rule. A rule that passes passes its test; a rule that fails fails its test with an
 * {@code org.opentest4j.AssertionFailedError} whose message is the rule's description, section and
 * detail (what was expected and what came back); a rule that needs a {@linkplain
 * io.lorawanbi.testkit.conformance.Feature feature} the configuration does not declare is aborted, so
 * JUnit reports it as skipped; so is a rule that does not apply to the version (a 1.1-only rule in
 * 1.0), which is never reported as a pass. Optional rules fail like required ones; override {@link #rules()} to
 * leave some out.
 *
 * <p>{@link #target()} and {@link #config()} are called once per run of the factory, before any rule
 * runs; an exception from either, or a {@code null}, fails the factory. The class holds no state of its
 * own. The dynamic tests run one after another, as JUnit runs them; the target must be thread-safe if
 * the build runs tests in parallel.
 */
public abstract class HomeNsConformanceContract {

    /** The first seed of the rules' random TransactionIDs and tokens; each rule run takes the next. */
    private static final long FIRST_SEED = 0x424953554954L;

    /** For subclasses. */
    protected HomeNsConformanceContract() {}

    /** The endpoint to check: {@link ConformanceTarget#http} for a live one, {@link ConformanceTarget#inProcess} for a server in process. */
    protected abstract ConformanceTarget target();

    /** What the endpoint serves and declares: sender, JoinEUI, known device, versions and features. */
    protected abstract SuiteConfig config();

    /** The rules to run: every rule of {@link HomeNsConformance} unless overridden. */
    protected List<Rule> rules() {
        return HomeNsConformance.rules();
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
        List<Rule> rules = List.copyOf(rules());
        List<DynamicNode> containers = new ArrayList<>();
        long seed = FIRST_SEED;
        for (ProtocolVersion version : config.versions()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Rule rule : rules) {
                long ruleSeed = seed++;
                tests.add(DynamicTest.dynamicTest(rule.name(),
                        () -> check(ConformanceRunner.runOne(rule, version, target, config, ruleSeed))));
            }
            containers.add(DynamicContainer.dynamicContainer("ProtocolVersion " + version, tests));
        }
        return containers.stream();
    }

    private static void check(RuleResult result) {
        switch (result.outcome()) {
            case PASS -> { }
            case SKIP -> Assumptions.abort(result.rule().name() + " skipped: " + result.detail());
            case NOT_APPLICABLE -> Assumptions.abort(result.rule().name() + " not applicable: " + result.detail());
            case FAIL -> Assertions.fail(result.rule().description() + " (" + result.rule().section() + ", "
                    + "ProtocolVersion " + result.version() + "): " + result.detail());
        }
    }
}
