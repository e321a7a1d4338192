package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules that judge how an answer's header derives from the request's (docs/reference.md §2.3): one rule
 * per property, so that an endpoint that gets one of them wrong fails that rule alone, and every
 * other rule judges its own property. Each reads the members it judges from the text of the answer
 * to a valid request for the known device, whatever its ResultCode, HTTP status and other members
 * (hex compared without regard to case or a {@code 0x} prefix, which other rules judge). Stateless.
 */
final class HomeNSHeaderRules {

    private HomeNSHeaderRules() {}

    static List<Rule> rules() {
        return RULES;
    }

    private static final List<Rule> RULES = List.of(
            new Rule("required_ids_are_swapped", "§2.3",
                    "The answer's SenderID is the request's ReceiverID and its ReceiverID the request's SenderID.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        Map<String, Object> json = p.jsonObject(p.post(request));
                        expectHex(p, json, "SenderID", request.header().receiverId(), "the request's ReceiverID");
                        expectHex(p, json, "ReceiverID", request.header().senderId(), "the request's SenderID");
                    }),
            new Rule("required_transaction_id_is_returned", "§2.3, §1.2",
                    "The answer copies the request's TransactionID, including 0 and 4294967295.", Set.of(),
                    p -> {
                        for (long id : new long[] {4_294_967_295L, 0L, p.header().transactionId()}) {
                            HomeNSReq request = new HomeNSReq(p.header().toBuilder().transactionId(id).build(),
                                    p.config().knownDevEui());
                            Object actual = p.jsonObject(p.post(request)).get("TransactionID");
                            p.expect(actual instanceof BigDecimal n && n.compareTo(BigDecimal.valueOf(id)) == 0,
                                    "TransactionID " + id + " (the request's TransactionID)", show(actual));
                        }
                    }),
            new Rule("required_protocol_version_is_returned", "§2.3, §4.3",
                    "The answer to a request in a supported version is in that version.", Set.of(),
                    p -> {
                        Object actual = p.jsonObject(p.post(p.request())).get("ProtocolVersion");
                        p.expect(p.version().toString().equals(actual),
                                "ProtocolVersion " + p.version() + " (the request's ProtocolVersion)", show(actual));
                    }),
            new Rule("required_tokens_are_returned", "§2.3",
                    "The answer returns the request's SenderToken as ReceiverToken and its ReceiverToken as SenderToken.", Set.of(),
                    p -> {
                        Header h = p.header().toBuilder().receiverToken(HexBytes.parse("0BADC0DE")).build();
                        Map<String, Object> json = p.jsonObject(p.post(new HomeNSReq(h, p.config().knownDevEui())));
                        expectHex(p, json, "ReceiverToken", h.senderToken(), "the request's SenderToken");
                        expectHex(p, json, "SenderToken", h.receiverToken(), "the request's ReceiverToken");
                    }),
            new Rule("required_nsids_follow_the_version", "§1.5, §2.1, §5.2",
                    "In 1.1 the answer's ReceiverNSID is the request's SenderNSID; in 1.0 an answer has no NSID and no HNSID.",
                    Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        Map<String, Object> json = p.jsonObject(p.post(request));
                        if (p.is1_1()) {
                            expectHex(p, json, "ReceiverNSID", request.header().senderNsid(), "the request's SenderNSID");
                        } else {
                            for (String member : List.of("SenderNSID", "ReceiverNSID", "HNSID")) {
                                p.expect(!json.containsKey(member), "no " + member + " in 1.0", member + " " + json.get(member));
                            }
                        }
                    }));

    /** Checks a hex member against the value derived from the request (case and a 0x prefix aside). */
    private static void expectHex(Probe p, Map<String, Object> json, String member, @Nullable Object expected, String source) {
        Object actual = json.get(member);
        boolean same = expected == null ? actual == null
                : actual instanceof String text && text.replaceFirst("^0[xX]", "").equalsIgnoreCase(expected.toString());
        p.expect(same, member + " " + show(expected) + " (" + source + ")", show(actual));
    }

    private static String show(@Nullable Object value) {
        return value == null ? "absent" : value instanceof BigDecimal n ? n.toPlainString() : value.toString();
    }
}
