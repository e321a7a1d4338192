package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.testkit.internal.JsonText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that judge how an answer's header derives from the request's (reference §2.3): one rule
 * per property, so that an endpoint that gets one of them wrong fails that rule alone, and every
 * other rule judges its own property. Each reads the answer to a valid request for the known device,
 * whatever its ResultCode and HTTP status. Stateless.
 */
final class HomeNsHeaderRules {

    private HomeNsHeaderRules() {}

    static List<Rule> rules() {
        return RULES;
    }

    private static final List<Rule> RULES = List.of(
            new Rule("required_ids_are_swapped", "§2.3",
                    "The answer's SenderID is the request's ReceiverID and its ReceiverID the request's SenderID.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        Header q = request.header();
                        Header a = p.answerHeader(p.post(request));
                        p.expectDerived("SenderID", q.receiverId(), a.senderId(), "the request's ReceiverID");
                        p.expectDerived("ReceiverID", q.senderId(), a.receiverId(), "the request's SenderID");
                    }),
            new Rule("required_transaction_id_is_returned", "§2.3, §1.2",
                    "The answer copies the request's TransactionID, including 0 and 4294967295.", Set.of(),
                    p -> {
                        for (long id : new long[] {4_294_967_295L, 0L, p.header().transactionId()}) {
                            HomeNSReq request = new HomeNSReq(p.header().toBuilder().transactionId(id).build(),
                                    p.config().knownDevEui());
                            p.expectDerived("TransactionID", id, p.answerHeader(p.post(request)).transactionId(),
                                    "the request's TransactionID");
                        }
                    }),
            new Rule("required_protocol_version_is_returned", "§2.3, §4.3",
                    "The answer to a request in a supported version is in that version.", Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        p.expectDerived("ProtocolVersion", request.header().protocolVersion(),
                                p.answerHeader(p.post(request)).protocolVersion(), "the request's ProtocolVersion");
                    }),
            new Rule("required_tokens_are_returned", "§2.3",
                    "The answer returns the request's SenderToken as ReceiverToken and its ReceiverToken as SenderToken.", Set.of(),
                    p -> {
                        Header h = p.header().toBuilder().receiverToken(HexBytes.parse("0BADC0DE")).build();
                        Header a = p.answerHeader(p.post(new HomeNSReq(h, p.config().knownDevEui())));
                        p.expectDerived("ReceiverToken", h.senderToken(), a.receiverToken(), "the request's SenderToken");
                        p.expectDerived("SenderToken", h.receiverToken(), a.senderToken(), "the request's ReceiverToken");
                    }),
            new Rule("required_nsids_follow_the_version", "§1.5, §2.1, §5.2",
                    "In 1.1 the answer's ReceiverNSID is the request's SenderNSID; in 1.0 an answer has no NSID and no HNSID.",
                    Set.of(),
                    p -> {
                        HomeNSReq request = p.request();
                        TargetResponse response = p.post(request);
                        Map<String, Object> json = p.jsonObject(response);
                        if (p.is1_1()) {
                            Object nsid = JsonText.member(json, "ReceiverNSID").orElse(null);
                            p.expectDerived("ReceiverNSID", request.header().senderNsid(), p.answerHeader(response).receiverNsid(),
                                    "the request's SenderNSID" + (nsid == null ? "" : ", sent as \"" + nsid + "\""));
                        } else {
                            for (String member : List.of("SenderNSID", "ReceiverNSID", "HNSID")) {
                                p.expect(!json.containsKey(member), "no " + member + " in 1.0",
                                        member + " " + json.get(member));
                            }
                        }
                    }));
}
