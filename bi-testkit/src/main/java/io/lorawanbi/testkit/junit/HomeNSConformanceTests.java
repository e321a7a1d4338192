package io.lorawanbi.testkit.junit;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.HomeNSConformance;
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

/**
 * The conformance rules of the HomeNSReq answering role ({@link HomeNSConformance}) as JUnit 5 dynamic
 * tests, for a test class that keeps its own superclass: return them from a {@code @TestFactory}
 * method.
 *
 * <pre>{@code
 * class JoinServerConformanceTest extends MyIntegrationTestBase {
 *     @TestFactory
 *     Stream<DynamicNode> homeNsConformance() {
 *         return HomeNSConformanceTests.dynamicTests(ConformanceTarget.http(endpoint()), config());
 *     }
 * }
 * }</pre>
 *
 * <p>The tests: one container per configured version, named {@code ProtocolVersion 1.0} and
 * {@code ProtocolVersion 1.1}, and in each one test per rule, named {@code <rule> [ProtocolVersion
 * <version>]} (for example {@code required_unknown_device_gets_unknown_dev_eui [ProtocolVersion 1.1]}),
 * so that a report that shows only the test's own display name still names the rule and the
 * version. A rule that passes passes its test. A rule that fails fails its test with an {@code
 * org.opentest4j.AssertionFailedError} whose message begins with the rule's name, version and reference
 * section, then says what was expected and what came back, then the rule's description. A rule that
 * needs a {@linkplain io.lorawanbi.testkit.conformance.Feature feature} the configuration does not
 * declare is aborted with the reason, so JUnit reports it as skipped.
 *
 * <p>Each rule run takes the next seed for its random TransactionIDs and tokens, from the same first
 * seed every time, so that two runs send the same requests. The tests run one after another, as JUnit
 * runs them; the target must be thread-safe if the build runs tests in parallel. Stateless; the
 * methods are thread-safe.
 */
public final class HomeNSConformanceTests {

    /** The first seed of the rules' random TransactionIDs and tokens; each rule run takes the next. */
    private static final long FIRST_SEED = 0x424953554954L;

    private HomeNSConformanceTests() {}

    /**
     * Every rule of {@link HomeNSConformance#rules()}, in each version of the configuration.
     *
     * @param target the endpoint to check
     * @param config what the endpoint serves and declares
     * @return one container per version, each with one test per rule
     */
    public static Stream<DynamicNode> dynamicTests(ConformanceTarget target, SuiteConfig config) {
        return dynamicTests(target, config, HomeNSConformance.rules());
    }

    /**
     * The given rules, in each version of the configuration, in the order given.
     *
     * @param target the endpoint to check
     * @param config what the endpoint serves and declares
     * @param rules the rules to run, for example a subset of {@link HomeNSConformance#rules()}
     * @return one container per version, each with one test per rule
     */
    public static Stream<DynamicNode> dynamicTests(ConformanceTarget target, SuiteConfig config, List<Rule> rules) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(config, "config");
        List<Rule> copy = List.copyOf(rules);
        List<DynamicNode> containers = new ArrayList<>();
        long seed = FIRST_SEED;
        for (ProtocolVersion version : config.versions()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Rule rule : copy) {
                long ruleSeed = seed++;
                tests.add(DynamicTest.dynamicTest(displayName(rule, version),
                        () -> check(ConformanceRunner.runOne(rule, version, target, config, ruleSeed))));
            }
            containers.add(DynamicContainer.dynamicContainer("ProtocolVersion " + version, tests));
        }
        return containers.stream();
    }

    /**
     * The display name of a rule's test in one version.
     *
     * @return {@code <rule name> [ProtocolVersion <version>]}
     */
    public static String displayName(Rule rule, ProtocolVersion version) {
        return rule.name() + " [ProtocolVersion " + version + "]";
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static void check(RuleResult result) {
        Rule rule = result.rule();
        String where = rule.name() + " (ProtocolVersion " + result.version() + ", " + rule.section() + ")";
        switch (result.outcome()) {
            case PASS -> { }
            case SKIP -> Assumptions.abort(where + " skipped: " + result.detail());
            case FAIL -> Assertions.fail(where + " failed: " + withoutFinalStop(result.detail()) + ". Rule: "
                    + rule.description());
        }
    }
}
