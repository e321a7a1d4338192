package io.lorawanbi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.conformance.ConformanceRunner;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.HomeNSConformance;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.conformance.Rule;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import io.lorawanbi.testkit.client.TargetResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs contract classes with JUnit Platform's EngineTestKit and checks what JUnit reports. The nested
 * contract classes are not run on their own: the build runs top-level test classes only.
 */
class HomeNSConformanceContractTest {

    private static final int RULES = HomeNSConformance.rules().size();

    /** The reference server, but emitting HNetID in lowercase hex, as ChirpStack does. */
    static class LowercaseHexServerContract extends HomeNSConformanceContract {
        @Override
        protected ConformanceTarget target() {
            return ConformanceTarget.inProcess(ReferenceServers.server()).mapResponses((request, response) ->
                    new TargetResponse(response.status(), response.bodyText().replace("\"HNetID\":\"C00053\"", "\"HNetID\":\"c00053\"")
                            .getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        protected SuiteConfig config() {
            return ReferenceServers.config();
        }
    }

    /** The reference server, configured without declaring any feature. */
    static class NoFeaturesContract extends HomeNSConformanceContract {
        @Override
        protected ConformanceTarget target() {
            return ConformanceTarget.inProcess(ReferenceServers.server());
        }

        @Override
        protected SuiteConfig config() {
            return SuiteConfig.builder().senderId(ReferenceServers.SENDER).joinEui(ReferenceServers.JOIN_EUI)
                    .knownDevEui(ReferenceServers.KNOWN).build();
        }
    }

    /** Two rules, 1.1 only. */
    static class TwoRulesContract extends NoFeaturesContract {
        @Override
        protected SuiteConfig config() {
            return SuiteConfig.builder().senderId(ReferenceServers.SENDER).joinEui(ReferenceServers.JOIN_EUI)
                    .knownDevEui(ReferenceServers.KNOWN).versions(Set.of(ProtocolVersion.V1_1)).build();
        }

        @Override
        protected List<Rule> rules() {
            return List.of(HomeNSConformance.rule("required_known_device_gets_its_home_netid"),
                    HomeNSConformance.rule("required_unknown_receiver_gets_unknown_receiver"));
        }
    }

    /** A base class of the user's own, which the contract must not displace. */
    abstract static class IntegrationTestBase {}

    /** The static factory in a class that keeps its own superclass; lowercase HNetID as above. */
    static class OwnSuperclassContract extends IntegrationTestBase {
        @TestFactory
        Stream<DynamicNode> homeNsConformance() {
            return HomeNSConformanceTests.dynamicTests(new LowercaseHexServerContract().target(), ReferenceServers.config());
        }
    }

    /** One rule in 1.0 and 1.1, against a live endpoint given by URI alone. */
    static class LiveEndpointContract extends HomeNSConformanceContract {
        static volatile URI endpoint;

        @Override
        protected ConformanceTarget target() {
            return ConformanceTarget.http(endpoint);
        }

        @Override
        protected SuiteConfig config() {
            return SuiteConfig.builder().senderId(ReferenceServers.SENDER).joinEui(ReferenceServers.JOIN_EUI)
                    .knownDevEui(ReferenceServers.KNOWN).build();
        }

        @Override
        protected List<Rule> rules() {
            return List.of(HomeNSConformance.rule("required_unknown_device_gets_unknown_dev_eui"));
        }
    }

    private static Events run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    }

    @Test
    void every_rule_passes_in_both_versions_against_the_reference_server() {
        // optional_home_nsid_in_1_1 does not apply to 1.0: aborted, so reported as skipped, never as passed
        run(ReferenceServerContractTest.class).assertStatistics(s -> s.started(2 * RULES).succeeded(2 * RULES - 1)
                .failed(0).aborted(1).skipped(0));
    }

    @Test
    void a_broken_server_fails_the_rule_it_breaks_naming_rule_and_version_in_name_and_message() {
        Events events = run(LowercaseHexServerContract.class);
        events.assertStatistics(s -> s.started(2 * RULES).failed(2).succeeded(2 * RULES - 3).aborted(1));
        for (String version : List.of("1.0", "1.1")) {
            events.failed().assertThatEvents().haveExactly(1, event(
                    displayName("optional_emits_the_canonical_form [ProtocolVersion " + version + "]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class), message(
                            "optional_emits_the_canonical_form (ProtocolVersion " + version + ", §6.8) failed: "
                                    + "expected HNetID in uppercase hex without prefix, got c00053. "
                                    + "Rule: The answer uses uppercase hex without prefix and no null members."))));
        }
        events.aborted().assertThatEvents().haveExactly(1, event(
                displayName("optional_home_nsid_in_1_1 [ProtocolVersion 1.0]"),
                abortedWithReason(instanceOf(TestAbortedException.class),
                        message(m -> m.startsWith("optional_home_nsid_in_1_1 (ProtocolVersion 1.0, ")
                                && m.contains(" not applicable: applies only to ProtocolVersion 1.1")))));
    }

    @Test
    void a_rule_needing_an_undeclared_feature_is_aborted_so_it_shows_as_skipped_with_its_reason() {
        Events events = run(NoFeaturesContract.class);
        events.assertStatistics(s -> s.started(2 * RULES).aborted(6).failed(0).succeeded(2 * RULES - 6));
        events.aborted().assertThatEvents().haveExactly(1, event(
                displayName("required_untrusted_sender_gets_unknown_sender [ProtocolVersion 1.1]"),
                abortedWithReason(instanceOf(TestAbortedException.class), message(
                        "required_untrusted_sender_gets_unknown_sender (ProtocolVersion 1.1, §5.5, §4.3) skipped: "
                                + "needs undeclared feature [SENDER_AUTHENTICATION]"))));
    }

    @Test
    void the_static_factory_serves_a_class_with_its_own_superclass_and_reports_like_the_base_class() {
        Events events = run(OwnSuperclassContract.class);
        events.assertStatistics(s -> s.started(2 * RULES).failed(2).succeeded(2 * RULES - 3).aborted(1));
        events.failed().assertThatEvents().haveExactly(1, event(
                displayName("optional_emits_the_canonical_form [ProtocolVersion 1.1]"),
                finishedWithFailure(message(m -> m.startsWith("optional_emits_the_canonical_form (ProtocolVersion 1.1, §6.8) failed: ")))));
        assertThat(IntegrationTestBase.class).isAssignableFrom(OwnSuperclassContract.class);
    }

    @Test
    void a_broken_live_endpoint_reached_by_uri_alone_fails_with_the_rule_named() {
        BiServer answersEveryDevice = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(ReferenceServers.SENDER)))
                .answersFor(ReferenceServers.JOIN_EUI)
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(ReferenceServers.HOME)))
                .build();
        try (BiHttpServer http = BiHttpServer.http(answersEveryDevice, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            LiveEndpointContract.endpoint = http.uri();
            Events events = run(LiveEndpointContract.class);
            events.assertStatistics(s -> s.started(2).failed(2).succeeded(0));
            events.failed().assertThatEvents().haveExactly(1, event(
                    displayName("required_unknown_device_gets_unknown_dev_eui [ProtocolVersion 1.0]"),
                    finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                            "required_unknown_device_gets_unknown_dev_eui (ProtocolVersion 1.0, §5.3, §4.3) failed: ")))));
        } finally {
            LiveEndpointContract.endpoint = null;
        }
    }

    @Test
    void a_live_endpoint_reached_by_uri_and_authorization_gets_the_header_with_every_request() {
        SenderAuthenticator allowList = SenderAuthenticator.insecureSenderAllowList(Set.of(ReferenceServers.SENDER));
        BiServer needsToken = BiServer.builder()
                .authenticator((request, header) -> request.authorization().equals(Optional.of("Bearer t0ken"))
                        ? allowList.authenticate(request, header) : Optional.empty())
                .answersFor(ReferenceServers.JOIN_EUI)
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> request.devEui().equals(ReferenceServers.KNOWN)
                        ? HomeNSOutcome.found(ReferenceServers.HOME) : HomeNSOutcome.unknownDevice()))
                .build();
        SuiteConfig config = SuiteConfig.builder().senderId(ReferenceServers.SENDER).joinEui(ReferenceServers.JOIN_EUI)
                .knownDevEui(ReferenceServers.KNOWN).build();
        List<Rule> known = List.of(HomeNSConformance.rule("required_known_device_gets_its_home_netid"));
        try (BiHttpServer http = BiHttpServer.http(needsToken, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            ConformanceRunner runner = new ConformanceRunner(known);
            assertThat(runner.run(ConformanceTarget.http(http.uri(), "Bearer t0ken"), config).requiredRulesPassed()).isTrue();
            assertThat(runner.run(ConformanceTarget.http(http.uri()), config).requiredRulesPassed()).isFalse();
        }
    }

    @Test
    void the_factory_yields_one_container_per_version_and_one_test_per_rule_named_after_it() {
        List<DynamicNode> nodes = new ReferenceServerContractTest().homeNsConformance().toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("ProtocolVersion 1.0", "ProtocolVersion 1.1");
        for (DynamicNode node : nodes) {
            List<String> names = ((DynamicContainer) node).getChildren().map(DynamicNode::getDisplayName).toList();
            String version = node.getDisplayName().substring("ProtocolVersion ".length());
            assertThat(names).containsExactlyElementsOf(HomeNSConformance.rules().stream()
                    .map(rule -> rule.name() + " [ProtocolVersion " + version + "]").toList());
        }
    }

    @Test
    void the_versions_come_from_the_config_and_the_rules_from_the_overridable_list() {
        List<DynamicNode> nodes = new TwoRulesContract().homeNsConformance().toList();
        assertThat(nodes).extracting(DynamicNode::getDisplayName).containsExactly("ProtocolVersion 1.1");
        List<DynamicTest> tests = ((DynamicContainer) nodes.get(0)).getChildren().map(DynamicTest.class::cast).toList();
        assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly(
                "required_known_device_gets_its_home_netid [ProtocolVersion 1.1]",
                "required_unknown_receiver_gets_unknown_receiver [ProtocolVersion 1.1]");
        List<Throwable> outcomes = new ArrayList<>();
        for (DynamicTest test : tests) {
            try {
                test.getExecutable().execute();
                outcomes.add(null);
            } catch (Throwable t) {
                outcomes.add(t);
            }
        }
        assertThat(outcomes.get(0)).isNull();
        assertThat(outcomes.get(1)).isInstanceOf(TestAbortedException.class).hasMessageContaining("RECEIVER_CHECK");
    }
}
