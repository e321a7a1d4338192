package io.lorawanbi.testkit.conformance;

import io.lorawanbi.testkit.client.TargetResponse;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.testkit.internal.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule, an implementation broken in exactly the way the rule is about fails that rule, and
 * only that rule, with a detail that says what is wrong: a rule that cannot fail checks nothing, and
 * a rule that fails for another rule's fault misleads. Most broken implementations are the reference
 * server with one behaviour changed, several of them as real peers behave. Each runs the whole suite
 * in each version on a fresh target.
 */
class BrokenImplementationsTest {

    private static final ConformanceTarget GOOD = ConformanceTarget.inProcess(ReferenceServers.server());

    /**
     * A broken implementation.
     *
     * @param rule the one rule it must fail
     * @param substance what the failure's detail must say
     * @param target a fresh target (some keep state, as a crashed server does)
     */
    record Broken(String rule, String substance, Supplier<ConformanceTarget> target) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static List<Broken> broken() {
        List<Broken> m = new ArrayList<>();
        m.add(new Broken("required_known_device_gets_its_home_netid", "expected HNetID (a NetID, 6 hex digits), got none", // Success without HNetID
                () -> GOOD.mapResponses((q, r) -> regex(r, ",\"HNetID\":\"C00053\"", ""))));
        m.add(new Broken("required_unknown_device_gets_unknown_dev_eui", // brocaar: UnknownDevEUI with HTTP 400
                "expected HTTP 200 with ResultCode UnknownDevEUI, got HTTP 400 with ResultCode UnknownDevEUI",
                () -> GOOD.mapResponses((q, r) -> r.bodyText().contains("UnknownDevEUI") ? new TargetResponse(400, r.body()) : r)));
        m.add(new Broken("required_unknown_receiver_gets_unknown_receiver",
                "expected HTTP 200 with ResultCode UnkownReceiver, got HTTP 200 with ResultCode Success",
                () -> server(handler(), false, false)));
        m.add(new Broken("required_untrusted_sender_gets_unknown_sender",
                "expected HTTP 200 with ResultCode UnknownSender, got HTTP 200 with ResultCode Success",
                () -> server(handler(), true, true)));
        m.add(new Broken("required_unsupported_version_gets_invalid_protocol_version", // The Things Stack answers Other
                "expected ResultCode InvalidProtocolVersion, got Other",
                () -> GOOD.mapResponses((q, r) -> replace(r, "InvalidProtocolVersion", "Other"))));
        m.add(new Broken("required_ids_are_swapped", // copies the IDs instead of swapping them
                "expected SenderID 70B3D57ED0000000 (the request's ReceiverID), got 000013",
                () -> GOOD.mapResponses((q, r) -> replace(replace(replace(r, "\"ReceiverID\":\"000013\"", "\"ReceiverID\":\"@\""),
                        "\"SenderID\":\"70B3D57ED0000000\"", "\"SenderID\":\"000013\""), "\"ReceiverID\":\"@\"",
                        "\"ReceiverID\":\"70B3D57ED0000000\""))));
        m.add(new Broken("required_transaction_id_is_returned", // a signed 32-bit integer that loses the top bit
                "expected TransactionID 4294967295 (the request's TransactionID), got 2147483647",
                () -> GOOD.mapResponses((q, r) -> {
                    Matcher id = Pattern.compile("\"TransactionID\":(\\d+)").matcher(r.bodyText());
                    return id.find() ? replace(r, id.group(), "\"TransactionID\":" + (Long.parseLong(id.group(1)) & 0x7FFF_FFFFL)) : r;
                })));
        m.add(new Broken("required_protocol_version_is_returned", // brocaar: every answer in 1.0
                "expected ProtocolVersion 1.1 (the request's ProtocolVersion), got 1.0",
                () -> GOOD.mapResponses((q, r) -> text(q).contains("\"ProtocolVersion\":\"1.1\"")
                        ? replace(r, "\"ProtocolVersion\":\"1.1\"", "\"ProtocolVersion\":\"1.0\"") : r)));
        m.add(new Broken("required_tokens_are_returned", // brocaar does not echo tokens
                "expected ReceiverToken ",
                () -> GOOD.mapResponses((q, r) -> regex(r, "\"ReceiverToken\":\"[0-9A-F]*\",", ""))));
        m.add(new Broken("required_nsids_follow_the_version", // The Things Stack puts ReceiverNSID in 1.0 error answers
                "expected no ReceiverNSID in 1.0, got ReceiverNSID 0000000000000001",
                () -> GOOD.mapResponses((q, r) -> text(q).contains("\"ProtocolVersion\":\"1.0\"")
                        ? regex(r, "\"MessageType\":\"HomeNSAns\",", "\"MessageType\":\"HomeNSAns\",\"ReceiverNSID\":\"0000000000000001\",") : r)));
        m.add(new Broken("optional_home_nsid_in_1_1", "expected HNSID, got none",
                () -> server(HomeNSHandler.immediate((request, context) -> request.devEui().equals(ReferenceServers.KNOWN)
                        ? HomeNSOutcome.found(ReferenceServers.HOME) : HomeNSOutcome.unknownDevice()), true, false)));
        m.add(new Broken("required_body_not_json_gets_http_400", "expected HTTP 4xx for \"this is not JSON\", got HTTP 200",
                () -> GOOD.mapResponses((q, r) -> q.length < 100 && JsonText.object(q).isEmpty() ? new TargetResponse(200, r.body()) : r)));
        m.add(new Broken("required_wrong_member_type_gets_malformed", // reads a number as a DevEUI
                "got HTTP 200 with ResultCode Success",
                () -> GOOD.mapRequests(q -> bytes(text(q).replace("\"DevEUI\":1234", "\"DevEUI\":\"" + ReferenceServers.KNOWN + "\"")))));
        m.add(new Broken("required_missing_member_gets_malformed", // takes a missing DevEUI for the known device
                "got HTTP 200 with ResultCode Success",
                () -> GOOD.mapRequests(q -> text(q).contains("DevEUI") ? q
                        : bytes(text(q).replace("}", ",\"DevEUI\":\"" + ReferenceServers.KNOWN + "\"}")))));
        m.add(new Broken("required_wrong_length_gets_malformed", // pads a short DevEUI, so reads another device
                "got HTTP 200 with ResultCode UnknownDevEUI",
                () -> GOOD.mapRequests(q -> bytes(text(q).replaceAll("\"DevEUI\":\"([0-9A-F]{14})\"", "\"DevEUI\":\"00$1\"")))));
        m.add(new Broken("optional_oversize_body_is_answered_or_refused", // its size check throws: HTTP 500
                "got HTTP 500",
                () -> body -> body.length > 300_000 ? new TargetResponse(500, new byte[0]) : GOOD.post(body)));
        m.add(new Broken("required_deep_nesting_is_refused", // skips what it does not understand, however deep
                "got HTTP 200 with ResultCode Success",
                () -> GOOD.mapRequests(q -> bytes(text(q).replaceAll(",\"VSExtension\":\\{\"Object\":\\[+\\]+\\}", "")))));
        m.add(new Broken("optional_duplicate_members_are_refused", // keeps the first of two DevEUIs, as some parsers do
                "got HTTP 200 with ResultCode Success",
                () -> GOOD.mapRequests(q -> bytes(text(q).replaceAll("(\"DevEUI\":\"[0-9A-F]+\".*),\"DevEUI\":\"[0-9A-F]+\"", "$1")))));
        m.add(new Broken("required_any_member_order", // needs ProtocolVersion first
                "expected HTTP 200 with ResultCode Success, got HTTP 400 (empty body)",
                () -> body -> text(body).startsWith("{\"ProtocolVersion\"") || !text(body).startsWith("{\"")
                        ? GOOD.post(body) : new TargetResponse(400, new byte[0])));
        m.add(new Broken("required_hex_in_either_case", "expected HTTP 200 with ResultCode Success, got HTTP 200 with ResultCode Malformed",
                () -> refusing("\"ReceiverID\":\"70b3d57ed0000000\"")));
        m.add(new Broken("optional_hex_with_0x_prefix", "expected HTTP 200 with ResultCode Success, got HTTP 200 with ResultCode Malformed",
                () -> refusing("\"0x")));
        m.add(new Broken("optional_null_and_empty_optionals_are_absent",
                "expected HTTP 200 with ResultCode Success, got HTTP 200 with ResultCode Malformed",
                () -> refusing("\"ReceiverToken\":\"\"")));
        m.add(new Broken("required_unknown_members_are_ignored",
                "expected HTTP 200 with ResultCode Success, got HTTP 200 with ResultCode Malformed",
                () -> refusing("XVendor")));
        m.add(new Broken("optional_emits_the_canonical_form", // ChirpStack emits lowercase hex
                "expected HNetID in uppercase hex without prefix, got c00053",
                () -> GOOD.mapResponses((q, r) -> regex(r, "\"HNetID\":\"C00053\"", "\"HNetID\":\"c00053\""))));
        m.add(new Broken("required_still_answering_after_hostile_input", // dies on a control byte; the last rule of a run
                "expected HTTP 200 with ResultCode Success, got HTTP 503",
                () -> {
                    AtomicInteger crashed = new AtomicInteger();
                    return body -> {
                        if (text(body).startsWith("\u0000")) {
                            crashed.set(1);
                        }
                        return crashed.get() > 0 ? new TargetResponse(503, new byte[0]) : GOOD.post(body);
                    };
                }));
        return m;
    }

    static Stream<Arguments> brokenInEachVersion() {
        return broken().stream().map(Arguments::of);
    }

    @Test
    void every_rule_has_a_broken_implementation_and_the_last_rule_is_the_hostile_one() {
        assertThat(broken()).extracting(Broken::rule).containsExactlyInAnyOrderElementsOf(
                HomeNSConformance.rules().stream().map(Rule::name).toList());
        assertThat(HomeNSConformance.rules().get(HomeNSConformance.rules().size() - 1).name())
                .isEqualTo("required_still_answering_after_hostile_input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInEachVersion")
    void the_broken_implementation_fails_its_rule_and_no_other(Broken broken) {
        int failures = 0;
        for (ProtocolVersion version : List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)) {
            SuiteConfig config = ReferenceServers.configBuilder().versions(Set.of(version)).build();
            ConformanceReport report = new ConformanceRunner().run(broken.target().get(), config);
            List<RuleResult> failed = report.withOutcome(RuleResult.Outcome.FAIL);
            assertThat(failed).as(report.render()).extracting(r -> r.rule().name()).isSubsetOf(broken.rule());
            for (RuleResult r : failed) {
                assertThat(r.detail()).as(report.render()).contains(broken.substance());
            }
            assertThat(report.commonFailureCause()).isEmpty();
            failures += failed.size();
        }
        assertThat(failures).as("fails in at least one version").isPositive();
    }

    private static final List<String> BROCAAR_FAILS_IN_1_0 = List.of(
            "required_unknown_device_gets_unknown_dev_eui",
            "required_unknown_receiver_gets_unknown_receiver",
            "required_untrusted_sender_gets_unknown_sender",
            "required_unsupported_version_gets_invalid_protocol_version",
            "required_tokens_are_returned",
            "required_wrong_member_type_gets_malformed",
            "required_missing_member_gets_malformed",
            "required_wrong_length_gets_malformed",
            "optional_duplicate_members_are_refused",
            "optional_emits_the_canonical_form");

    @Test
    void a_server_like_brocaars_join_server_fails_exactly_its_own_faults_in_1_0() {
        SuiteConfig config = ReferenceServers.configBuilder().versions(Set.of(ProtocolVersion.V1_0)).build();
        ConformanceReport report = new ConformanceRunner().run(new BrocaarLikeJoinServer(), config);

        assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).as(report.render()).extracting(r -> r.rule().name())
                .containsExactlyElementsOf(BROCAAR_FAILS_IN_1_0);
        assertThat(report.withOutcome(RuleResult.Outcome.PASS)).as(report.render()).extracting(r -> r.rule().name())
                .containsExactly(
                        "required_known_device_gets_its_home_netid",
                        "required_ids_are_swapped",
                        "required_transaction_id_is_returned",
                        "required_protocol_version_is_returned",
                        "required_nsids_follow_the_version",
                        "required_body_not_json_gets_http_400",
                        "optional_oversize_body_is_answered_or_refused",
                        "required_deep_nesting_is_refused",
                        "required_any_member_order",
                        "required_hex_in_either_case",
                        "optional_hex_with_0x_prefix",
                        "optional_null_and_empty_optionals_are_absent",
                        "required_unknown_members_are_ignored",
                        "required_still_answering_after_hostile_input");
        assertThat(report.withOutcome(RuleResult.Outcome.NOT_APPLICABLE)).extracting(r -> r.rule().name())
                .containsExactly("optional_home_nsid_in_1_1");
        assertThat(report.withOutcome(RuleResult.Outcome.SKIP)).isEmpty();
        assertThat(report.commonFailureCause()).as(report.render()).isEmpty();

        assertThat(detail(report, "required_unknown_device_gets_unknown_dev_eui")).isEqualTo(
                "expected HTTP 200 with ResultCode UnknownDevEUI, got HTTP 400 with ResultCode UnknownDevEUI (deveui does not exist)");
        assertThat(detail(report, "required_unknown_receiver_gets_unknown_receiver")).isEqualTo(
                "expected HTTP 200 with ResultCode UnkownReceiver, got HTTP 200 with ResultCode Success");
        assertThat(detail(report, "required_untrusted_sender_gets_unknown_sender")).isEqualTo(
                "expected HTTP 200 with ResultCode UnknownSender, got HTTP 200 with ResultCode Success");
        assertThat(detail(report, "required_unsupported_version_gets_invalid_protocol_version")).isEqualTo(
                "expected ProtocolVersion 1.2 (the request's), got 1.0");
        assertThat(detail(report, "required_tokens_are_returned")).startsWith("expected ReceiverToken ")
                .endsWith(" (the request's SenderToken), got absent");
        assertThat(detail(report, "required_wrong_member_type_gets_malformed")).startsWith(
                "expected HTTP 200 with ResultCode MalformedRequest, got HTTP 400 with ResultCode Other (json: cannot unmarshal number");
        assertThat(detail(report, "required_missing_member_gets_malformed")).isEqualTo(
                "expected HTTP 200 with ResultCode MalformedRequest, got HTTP 400 with ResultCode UnknownDevEUI (deveui does not exist)");
        assertThat(detail(report, "required_wrong_length_gets_malformed")).isEqualTo(
                "expected HTTP 200 with ResultCode MalformedRequest, got HTTP 400 with ResultCode Other (lorawan: exactly 8 bytes are expected)");
        assertThat(detail(report, "optional_duplicate_members_are_refused")).isEqualTo(
                "expected a refusal (HTTP 4xx naming no ResultCode, a malformed one or Other; HTTP 200 with ResultCode "
                        + "MalformedRequest; or the connection closed after the request), got HTTP 400 "
                        + "with ResultCode UnknownDevEUI (deveui does not exist): the request was read, not refused");
        assertThat(detail(report, "optional_emits_the_canonical_form")).isEqualTo(
                "expected HNetID in uppercase hex without prefix, got c00053");
    }

    @Test
    void in_1_1_the_same_server_also_fails_the_version_echo_and_the_nsids_and_nothing_else() {
        SuiteConfig config = ReferenceServers.configBuilder().versions(Set.of(ProtocolVersion.V1_1)).build();
        ConformanceReport report = new ConformanceRunner().run(new BrocaarLikeJoinServer(), config);

        List<String> expected = new ArrayList<>(BROCAAR_FAILS_IN_1_0);
        expected.addAll(List.of("required_protocol_version_is_returned", "required_nsids_follow_the_version",
                "optional_home_nsid_in_1_1"));
        assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).as(report.render()).extracting(r -> r.rule().name())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(detail(report, "required_protocol_version_is_returned")).isEqualTo(
                "expected ProtocolVersion 1.1 (the request's ProtocolVersion), got 1.0");
        assertThat(detail(report, "required_nsids_follow_the_version")).isEqualTo(
                "expected ReceiverNSID 0000000000000001 (the request's SenderNSID), got absent");
        assertThat(detail(report, "required_missing_member_gets_malformed")).isEqualTo(
                "expected HTTP 200 with ResultCode MalformedMessage, got HTTP 400 with ResultCode UnknownDevEUI (deveui does not exist)");
    }

    private static String detail(ConformanceReport report, String rule) {
        return report.results().stream().filter(r -> r.rule().name().equals(rule)).findFirst().orElseThrow().detail();
    }

    private static ConformanceTarget server(HomeNSHandler handler, boolean checkReceiver, boolean trustEveryone) {
        BiServer.Builder b = BiServer.builder()
                .authenticator(trustEveryone
                        ? SenderAuthenticator.insecureSenderAllowList(Set.of(ReferenceServers.SENDER, NetID.parse("7FFFFF")))
                        : SenderAuthenticator.insecureSenderAllowList(Set.of(ReferenceServers.SENDER)))
                .homeNsHandler(handler);
        if (checkReceiver) {
            b.answersFor(ReferenceServers.JOIN_EUI);
        }
        return ConformanceTarget.inProcess(b.build());
    }

    /** Knows the known device under any JoinEUI, with its home NS. */
    private static HomeNSHandler handler() {
        return HomeNSHandler.immediate((request, context) -> request.devEui().equals(ReferenceServers.KNOWN)
                ? HomeNSOutcome.found(ReferenceServers.HOME, ReferenceServers.HOME_NS) : HomeNSOutcome.unknownDevice());
    }

    /** A target that answers a malformed DevEUI whenever the request text matches. */
    private static ConformanceTarget refusing(String pattern) {
        Pattern p = Pattern.compile(pattern);
        return GOOD.mapRequests(q -> p.matcher(text(q)).find()
                ? bytes(text(q).replaceAll("\"DevEUI\":\"[^\"]*\"", "\"DevEUI\":\"zz\"")) : q);
    }

    private static TargetResponse replace(TargetResponse r, String from, String to) {
        return new TargetResponse(r.status(), bytes(r.bodyText().replace(from, to)));
    }

    private static TargetResponse regex(TargetResponse r, String pattern, String to) {
        return new TargetResponse(r.status(), bytes(r.bodyText().replaceAll(pattern, to)));
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
