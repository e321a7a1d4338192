package io.lorawanbi.testkit.conformance;

import io.lorawanbi.testkit.client.TargetResponse;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.testkit.internal.JsonText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The conformance rules of the HomeNSReq answering role (a Join Server, or the component that knows
 * devices' home networks), each citing the section of the reference (docs/reference.md) it checks.
 * Every rule runs once per protocol version. Rules named {@code required_…} must pass for every
 * conforming endpoint; {@code optional_…} rules check liberal or canonical forms that the best peers
 * share.
 */
public final class HomeNSConformance {

    private HomeNSConformance() {}

    private static final Pattern HEX_VALUE = Pattern.compile("\"(SenderID|ReceiverID|HNetID|HNSID|ReceiverNSID|ReceiverToken|SenderToken)\":\"([^\"]*)\"");

    /** Every rule, in the order a report lists them. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The rule of this name. */
    public static Rule rule(String name) {
        return RULES.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + name));
    }

    private static final List<Rule> RULES = java.util.stream.Stream.of(
            List.of(
            new Rule("required_known_device_gets_its_home_netid", "§5.2, §5.3",
                    "A HomeNSReq for a known device is answered Success with HNetID.", Set.of(),
                    p -> {
                        TargetResponse response = p.post(p.request());
                        p.expectResultCode(response, ResultCode.Success);
                        Object hNetId = JsonText.member(p.jsonObject(response), "HNetID").orElse(null);
                        p.expect(hNetId instanceof String text && text.replaceFirst("^0[xX]", "").matches("[0-9A-Fa-f]{6}"),
                                "HNetID (a NetID, 6 hex digits)", hNetId == null ? "none" : hNetId);
                    }),
            new Rule("required_unknown_device_gets_unknown_dev_eui", "§5.3, §4.3",
                    "A HomeNSReq for an unknown device is answered UnknownDevEUI, with HTTP 200 and no HNetID.", Set.of(),
                    p -> {
                        TargetResponse response = p.post(p.request(p.config().unknownDevEui()));
                        p.expectResultCode(response, ResultCode.UnknownDevEUI);
                        Object hNetId = JsonText.member(p.jsonObject(response), "HNetID").orElse(null);
                        p.expect(hNetId == null, "no HNetID on a failure", "HNetID " + hNetId);
                    }),
            new Rule("required_unknown_receiver_gets_unknown_receiver", "§4.3, §4.2",
                    "A HomeNSReq addressed to a JoinEUI the endpoint does not serve is answered UnkownReceiver.",
                    Set.of(Feature.RECEIVER_CHECK),
                    p -> {
                        Header h = p.header().toBuilder().receiverId(p.config().unservedJoinEui()).build();
                        HomeNSReq request = new HomeNSReq(h, p.config().knownDevEui());
                        p.expectResultCode(p.post(request), ResultCode.UnkownReceiver);
                    }),
            new Rule("required_untrusted_sender_gets_unknown_sender", "§5.5, §4.3",
                    "A HomeNSReq whose SenderID the endpoint does not accept from this client is answered UnknownSender.",
                    Set.of(Feature.SENDER_AUTHENTICATION),
                    p -> {
                        Header h = p.header().toBuilder().senderId(p.config().untrustedSenderId()).build();
                        HomeNSReq request = new HomeNSReq(h, p.config().knownDevEui());
                        p.expectResultCode(p.post(request), ResultCode.UnknownSender);
                    }),
            new Rule("required_unsupported_version_gets_invalid_protocol_version", "§4.3",
                    "A request in ProtocolVersion 1.2 is answered InvalidProtocolVersion, in that same version string.",
                    Set.of(),
                    p -> {
                        String body = p.json(p.request()).replace("\"ProtocolVersion\":\"" + p.version() + "\"",
                                "\"ProtocolVersion\":\"1.2\"");
                        TargetResponse response = p.post(body);
                        p.expect(response.status() == 200, "HTTP 200 with an answer", response);
                        Map<String, Object> json = p.jsonObject(response);
                        p.expect("1.2".equals(JsonText.member(json, "ProtocolVersion").orElse(null)),
                                "ProtocolVersion 1.2 (the request's)", JsonText.member(json, "ProtocolVersion").orElse(null));
                        p.expect("HomeNSAns".equals(JsonText.member(json, "MessageType").orElse(null)),
                                "MessageType HomeNSAns", JsonText.member(json, "MessageType").orElse(null));
                        Object code = JsonText.member(json, "Result.ResultCode").orElse(null);
                        p.expect("InvalidProtocolVersion".equals(code), "ResultCode InvalidProtocolVersion", code);
                    })),
            HomeNSHeaderRules.rules(),
            List.of(
            new Rule("optional_home_nsid_in_1_1", "§5.2",
                    "A 1.1 Success answer carries the home NS's NSID (HNSID).", Set.of(Feature.HOME_NSID),
                    p -> {
                        TargetResponse response = p.post(p.request());
                        p.expectResultCode(response, ResultCode.Success);
                        Object hNsId = JsonText.member(p.jsonObject(response), "HNSID").orElse(null);
                        p.expect(hNsId != null, "HNSID", "none");
                    }).onlyIn(ProtocolVersion.V1_1),
            new Rule("required_body_not_json_gets_http_400", "§4.3, §1.3",
                    "A body that is not JSON gets an HTTP 4xx status: no answer can be addressed.", Set.of(),
                    p -> {
                        for (String body : List.of("this is not JSON", "", "[1,2]", "{\"ProtocolVersion\":")) {
                            TargetResponse response = p.post(body);
                            p.expect(response.status() >= 400 && response.status() < 500, "HTTP 4xx for " + quote(body), response);
                        }
                    }),
            new Rule("required_wrong_member_type_gets_malformed", "§4.3, §6.4",
                    "A DevEUI of the wrong JSON type is answered with the version's malformed code.", Set.of(),
                    p -> p.expectRefusedAsMalformed(p.post(p.json(p.request()).replaceFirst(
                            "\"DevEUI\":\"[0-9A-F]+\"", "\"DevEUI\":1234")), true)),
            new Rule("required_missing_member_gets_malformed", "§4.3, §3.2",
                    "A HomeNSReq without DevEUI is answered with the version's malformed code.", Set.of(),
                    p -> p.expectRefusedAsMalformed(p.post(p.json(p.request()).replaceFirst(
                            ",\"DevEUI\":\"[0-9A-F]+\"", "")), true)),
            new Rule("required_wrong_length_gets_malformed", "§4.3, §3.4",
                    "A DevEUI of 7 bytes is answered with the version's malformed code.", Set.of(),
                    p -> p.expectRefusedAsMalformed(p.post(p.json(p.request()).replaceFirst(
                            "\"DevEUI\":\"[0-9A-F]{2}", "\"DevEUI\":\"")), true)),
            new Rule("optional_oversize_body_is_answered_or_refused", "§1.1",
                    "A valid request padded to 1 MiB is answered, or refused (HTTP 4xx, the malformed code, or a close after it was sent); no rule of the protocol caps the body size.",
                    Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        String json = p.json(request);
                        String huge = json.substring(0, json.length() - 1) + ",\"Padding\":\"" + "A".repeat(1 << 20) + "\"}";
                        Optional<TargetResponse> response = p.postOrClosed(huge);
                        if (response.isPresent() && response.get().status() == 200
                                && p.resultCode(response.get()).filter(ResultCode::isSuccess).isPresent()) {
                            return; // the request is valid: answering it is right
                        }
                        p.expectRefusal(response);
                    }),
            new Rule("required_deep_nesting_is_refused", "§6.3",
                    "A body nested 10,000 levels deep is refused (HTTP 4xx, the malformed code, or a close after it was sent).", Set.of(),
                    p -> {
                        String json = p.json(p.request());
                        String deep = json.substring(0, json.length() - 1) + ",\"VSExtension\":{\"Object\":"
                                + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
                        p.expectRefusal(p.postOrClosed(deep));
                    }),
            new Rule("optional_duplicate_members_are_refused", "§6.3",
                    "A body with DevEUI twice (the known device, then an unknown one) is refused rather than read one way or the other.", Set.of(),
                    p -> {
                        String json = p.json(p.request());
                        String twice = json.substring(0, json.length() - 1) + ",\"DevEUI\":\"" + p.config().unknownDevEui() + "\"}";
                        p.expectRefusal(p.postOrClosed(twice));
                    }),
            new Rule("required_any_member_order", "§2.1",
                    "Members may come in any order; MessageType and ProtocolVersion last is accepted.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        String json = p.json(request);
                        String pv = "\"ProtocolVersion\":\"" + p.version() + "\",";
                        String mt = "\"MessageType\":\"HomeNSReq\",";
                        String reordered = json.replace(pv, "").replace(mt, "");
                        reordered = reordered.substring(0, reordered.length() - 1) + "," + mt + pv.substring(0, pv.length() - 1) + "}";
                        p.expectResultCode(p.post(reordered), ResultCode.Success);
                    }),
            new Rule("required_hex_in_either_case", "§6.1",
                    "Lowercase hex in DevEUI, ReceiverID and SenderToken is accepted.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        String lower = lowerHex(p.json(request));
                        p.expectResultCode(p.post(lower), ResultCode.Success);
                    }),
            new Rule("optional_hex_with_0x_prefix", "§6.1",
                    "A 0x prefix on hex members (as Helium sends) is accepted.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        String prefixed = p.json(request).replaceAll("\"(DevEUI|ReceiverID)\":\"", "\"$1\":\"0x");
                        p.expectResultCode(p.post(prefixed), ResultCode.Success);
                    }),
            new Rule("optional_null_and_empty_optionals_are_absent", "§6.2",
                    "Optional members sent as null or \"\" (ReceiverToken, VSExtension) are read as absent.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        String json = p.json(request);
                        String body = json.substring(0, json.length() - 1) + ",\"ReceiverToken\":\"\",\"VSExtension\":null}";
                        p.expectResultCode(p.post(body), ResultCode.Success);
                    }),
            new Rule("required_unknown_members_are_ignored", "§6.3",
                    "Members the specification does not define (vendor members) are ignored.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        String json = p.json(request);
                        String body = json.substring(0, json.length() - 1)
                                + ",\"DedupWindowSize\":200,\"XVendor\":{\"a\":[1,{\"b\":null}]}}";
                        p.expectResultCode(p.post(body), ResultCode.Success);
                    }),
            new Rule("optional_emits_the_canonical_form", "§6.8",
                    "The answer uses uppercase hex without prefix and no null members.", Set.of(),
                    p -> {
                        TargetResponse response = p.post(p.request());
                        p.expect(response.status() == 200, "HTTP 200 with a HomeNSAns", Probe.describe(response));
                        String text = response.bodyText();
                        Map<String, Object> json = p.jsonObject(response);
                        for (Map.Entry<String, Object> member : json.entrySet()) {
                            p.expect(member.getValue() != null, "no null member", member.getKey() + ": null");
                        }
                        Object result = json.get("Result");
                        if (result instanceof Map<?, ?> r) {
                            p.expect(!r.containsValue(null), "no null member in Result", r);
                        }
                        var m = HEX_VALUE.matcher(text);
                        while (m.find()) {
                            String v = m.group(2);
                            p.expect(!v.startsWith("0x") && v.equals(v.toUpperCase(Locale.ROOT)),
                                    m.group(1) + " in uppercase hex without prefix", v);
                        }
                    }),
            new Rule("required_still_answering_after_hostile_input", "§4.3",
                    "After hostile bodies (garbage, truncation, huge strings, deep nesting) the endpoint still answers a valid request.",
                    Set.of(),
                    p -> {
                        String json = p.json(p.request());
                        for (String hostile : List.of("\u0000\u0001\u0002", json.substring(0, json.length() / 2),
                                "{\"DevEUI\":\"" + "F".repeat(200_000) + "\"}", "{".repeat(5_000), "{\"a\":" + "9".repeat(10_000) + "}")) {
                            p.postOrClosed(hostile); // closing the connection on a hostile body is a legitimate answer to it
                        }
                        HomeNSReq request = p.request();
                        p.expectResultCode(p.post(request), ResultCode.Success);
                    })))
            .flatMap(List::stream).toList();

    private static String lowerHex(String json) {
        return Pattern.compile("\"(DevEUI|ReceiverID|SenderToken)\":\"([0-9A-F]+)\"").matcher(json)
                .replaceAll(m -> "\"" + m.group(1) + "\":\"" + m.group(2).toLowerCase(Locale.ROOT) + "\"");
    }

    private static String quote(String body) {
        return body.isEmpty() ? "an empty body" : "\"" + (body.length() > 20 ? body.substring(0, 20) + "…" : body) + "\"";
    }
}
