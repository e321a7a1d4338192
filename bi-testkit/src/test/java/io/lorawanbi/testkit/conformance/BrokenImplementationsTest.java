package io.lorawanbi.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every rule, an implementation broken in exactly the way the rule is about makes that rule fail:
 * a rule that cannot fail checks nothing. Most broken implementations are the reference server with
 * one behaviour changed, several of them as real peers behave.
 */
class BrokenImplementationsTest {

    private static final ConformanceTarget GOOD = ConformanceTarget.inProcess(ReferenceServers.server());

    static Map<String, ConformanceTarget> broken() {
        Map<String, ConformanceTarget> m = new LinkedHashMap<>();
        m.put("required_known_device_gets_its_home_netid", server(handler(false), true, false));
        m.put("required_unknown_device_gets_unknown_dev_eui", // brocaar: UnknownDevEUI with HTTP 400
                GOOD.mapResponses((q, r) -> r.bodyText().contains("UnknownDevEUI") ? new TargetResponse(400, r.body()) : r));
        m.put("required_unknown_receiver_gets_unknown_receiver", server(handler(true), false, false));
        m.put("required_untrusted_sender_gets_unknown_sender", server(handler(true), true, true));
        m.put("required_unsupported_version_gets_invalid_protocol_version", // The Things Stack answers Other
                GOOD.mapResponses((q, r) -> replace(r, "InvalidProtocolVersion", "Other")));
        m.put("required_tokens_and_transaction_id_are_returned", // brocaar does not echo tokens
                GOOD.mapResponses((q, r) -> regex(r, "\"ReceiverToken\":\"[0-9A-F]*\",", "")));
        m.put("required_nsids_follow_the_version", // The Things Stack puts ReceiverNSID in 1.0 error answers
                GOOD.mapResponses((q, r) -> text(q).contains("\"ProtocolVersion\":\"1.0\"")
                        ? regex(r, "\"MessageType\":\"HomeNSAns\",", "\"MessageType\":\"HomeNSAns\",\"ReceiverNSID\":\"0000000000000001\",") : r));
        m.put("optional_home_nsid_in_1_1", server(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(ReferenceServers.HOME)), true, false));
        m.put("required_body_not_json_gets_http_400", GOOD.mapResponses((q, r) -> r.status() == 400 ? new TargetResponse(200, r.body()) : r));
        m.put("required_wrong_member_type_gets_malformed", // reads a number as a DevEUI
                GOOD.mapRequests(q -> bytes(text(q).replace("\"DevEUI\":1234", "\"DevEUI\":\"" + ReferenceServers.KNOWN + "\""))));
        m.put("required_missing_member_gets_malformed", // takes a missing DevEUI for the known device
                GOOD.mapRequests(q -> text(q).contains("DevEUI") ? q
                        : bytes(text(q).replace("}", ",\"DevEUI\":\"" + ReferenceServers.KNOWN + "\"}"))));
        m.put("required_wrong_length_gets_malformed", // pads a short DevEUI
                GOOD.mapRequests(q -> bytes(text(q).replaceAll("\"DevEUI\":\"([0-9A-F]{14})\"", "\"DevEUI\":\"00$1\""))));
        m.put("required_oversize_body_is_refused", // accepts any size
                GOOD.mapRequests(q -> bytes(text(q).replaceAll(",\"Padding\":\"A+\"", ""))));
        m.put("required_deep_nesting_is_refused", // skips what it does not understand, however deep
                GOOD.mapRequests(q -> bytes(text(q).replaceAll(",\"VSExtension\":\\{\"Object\":\\[+\\]+\\}", ""))));
        m.put("optional_duplicate_members_are_refused", // keeps the first of two DevEUIs, as some parsers do
                GOOD.mapRequests(q -> bytes(text(q).replaceAll("(\"DevEUI\":\"[0-9A-F]+\".*),\"DevEUI\":\"[0-9A-F]+\"", "$1"))));
        m.put("required_any_member_order", // needs ProtocolVersion first
                body -> text(body).startsWith("{\"ProtocolVersion\"") ? GOOD.post(body) : new TargetResponse(400, new byte[0]));
        m.put("required_hex_in_either_case", refusing("[0-9a-f]{16}\""));
        m.put("optional_hex_with_0x_prefix", refusing("\"0x"));
        m.put("optional_null_and_empty_optionals_are_absent", refusing("\"ReceiverToken\":\"\""));
        m.put("required_unknown_members_are_ignored", refusing("XVendor"));
        m.put("optional_emits_the_canonical_form", // ChirpStack emits lowercase hex
                GOOD.mapResponses((q, r) -> regex(r, "\"HNetID\":\"C00053\"", "\"HNetID\":\"c00053\"")));
        AtomicBoolean crashed = new AtomicBoolean();
        m.put("required_still_answering_after_hostile_input", body -> { // dies on a control byte
            if (text(body).startsWith("\u0000")) {
                crashed.set(true);
            }
            return crashed.get() ? new TargetResponse(503, new byte[0]) : GOOD.post(body);
        });
        return m;
    }

    static Stream<Arguments> rules() {
        return broken().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void every_rule_has_a_broken_implementation() {
        assertThat(broken().keySet()).containsExactlyInAnyOrderElementsOf(
                HomeNSConformance.rules().stream().map(Rule::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_rule_fails_against_its_broken_implementation(String name, ConformanceTarget target) {
        Rule rule = HomeNSConformance.rule(name);
        ConformanceReport report = new ConformanceRunner(java.util.List.of(rule)).run(target, ReferenceServers.config());
        assertThat(report.withOutcome(RuleResult.Outcome.FAIL)).as(report.render()).isNotEmpty();
        assertThat(report.withOutcome(RuleResult.Outcome.FAIL).get(0).detail()).startsWith("expected ");
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

    private static HomeNSHandler handler(boolean knows) {
        return HomeNSHandler.immediate((request, context) -> knows && request.devEui().equals(ReferenceServers.KNOWN)
                ? HomeNSOutcome.found(ReferenceServers.HOME, ReferenceServers.HOME_NS) : HomeNSOutcome.unknownDevice());
    }

    /** A target that answers a malformed DevEUI whenever the request text matches. */
    private static ConformanceTarget refusing(String pattern) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
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
