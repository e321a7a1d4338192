package io.lorawanbi.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import org.junit.jupiter.api.Test;

/** The library's own server passes every rule, in both versions, in process. */
class ReferenceServerConformanceTest {

    @Test
    void the_reference_server_passes_every_rule_in_both_versions() {
        ConformanceReport report = new ConformanceRunner().run(
                ConformanceTarget.inProcess(ReferenceServers.server()), ReferenceServers.config());
        assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).as(report.render()).isEmpty();
        assertThat(report.withOutcome(RuleResult.Outcome.SKIP)).isEmpty();
        assertThat(report.results()).hasSize(2 * HomeNSConformance.rules().size());
        assertThat(report.results()).extracting(RuleResult::version).contains(ProtocolVersion.V1_0, ProtocolVersion.V1_1);
        assertThat(report.requiredRulesPassed()).isTrue();
    }

    @Test
    void rules_needing_undeclared_features_are_skipped_not_failed() {
        SuiteConfig bare = SuiteConfig.builder().senderId(ReferenceServers.SENDER).joinEui(ReferenceServers.JOIN_EUI)
                .knownDevEui(ReferenceServers.KNOWN).build();
        ConformanceReport report = new ConformanceRunner().run(ConformanceTarget.inProcess(ReferenceServers.server()), bare);
        assertThat(report.withOutcome(RuleResult.Outcome.SKIP)).extracting(r -> r.rule().name()).containsOnly(
                "required_unknown_receiver_gets_unknown_receiver", "required_untrusted_sender_gets_unknown_sender",
                "optional_home_nsid_in_1_1");
        assertThat(report.requiredRulesPassed()).isTrue();
    }
}
