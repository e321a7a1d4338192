package io.lorawanbi.testkit.client;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetId;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.Authenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNsHandler;
import io.lorawanbi.server.HomeNsOutcome;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The identities, requests and reference server the client tests share. */
final class Peers {

    static final NetId SENDER = NetId.parse("000013");
    static final NetId STRANGER = NetId.parse("000042");
    static final Eui64 SENDER_NSID = Eui64.parse("0000000000000001");
    static final Eui64 JOIN_EUI = Eui64.parse("70B3D57ED0000000");
    static final Eui64 OTHER_JOIN_EUI = Eui64.parse("70B3D57ED0000001");
    static final Eui64 KNOWN = Eui64.parse("0102030405060708");
    static final Eui64 UNKNOWN = Eui64.parse("0102030405060709");
    static final NetId HOME = NetId.parse("C00053");
    static final Eui64 HOME_NS = Eui64.parse("70B3D57ED0001234");

    private static final AtomicLong TRANSACTIONS = new AtomicLong(1000);

    private Peers() {}

    /** A valid HomeNSReq from {@link #SENDER} to {@link #JOIN_EUI}, with a fresh TransactionID. */
    static HomeNSReq request(ProtocolVersion version, Eui64 devEui) {
        return request(version, SENDER, devEui);
    }

    /** A valid HomeNSReq from a sender to {@link #JOIN_EUI}, with a fresh TransactionID. */
    static HomeNSReq request(ProtocolVersion version, NetId sender, Eui64 devEui) {
        return new HomeNSReq(Header.builder()
                .protocolVersion(version)
                .senderId(sender)
                .receiverId(JOIN_EUI)
                .transactionId(TRANSACTIONS.incrementAndGet())
                .messageType(MessageType.HomeNSReq)
                .senderToken(HexBytes.of(new byte[] {1, 2, 3, 4}))
                .senderNsid(ProtocolVersion.V1_1.equals(version) ? SENDER_NSID : null)
                .build(), devEui);
    }

    /** The Success answer to a request, as the reference server would give it. */
    static HomeNSAns success(HomeNSReq request) {
        boolean v11 = ProtocolVersion.V1_1.equals(request.protocolVersion());
        return HomeNSAns.success(request.header().answerHeader(), HOME, v11 ? HOME_NS : null);
    }

    /** The library's HomeNS responder for {@link #SENDER}, answering it in the given mode. */
    static BiServer server(AnswerMode mode) {
        return BiServer.builder()
                .authenticator(Authenticator.insecureSenderAllowList(Set.of(SENDER)))
                .answersFor(JOIN_EUI)
                .answerMode(SENDER, mode)
                .homeNsHandler(HomeNsHandler.immediate((request, context) -> request.devEui().equals(KNOWN)
                        ? HomeNsOutcome.found(HOME, HOME_NS) : HomeNsOutcome.unknownDevice()))
                .build();
    }
}
