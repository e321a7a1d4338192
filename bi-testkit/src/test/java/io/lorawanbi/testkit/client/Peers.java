package io.lorawanbi.testkit.client;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The identities, requests and reference server the client tests share. */
final class Peers {

    static final NetID SENDER = NetID.parse("000013");
    static final NetID STRANGER = NetID.parse("000042");
    static final EUI64 SENDER_NSID = EUI64.parse("0000000000000001");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 OTHER_JOIN_EUI = EUI64.parse("70B3D57ED0000001");
    static final EUI64 KNOWN = EUI64.parse("0102030405060708");
    static final EUI64 UNKNOWN = EUI64.parse("0102030405060709");
    static final NetID HOME = NetID.parse("C00053");
    static final EUI64 HOME_NS = EUI64.parse("70B3D57ED0001234");

    private static final AtomicLong TRANSACTIONS = new AtomicLong(1000);

    private Peers() {}

    /** A valid HomeNSReq from {@link #SENDER} to {@link #JOIN_EUI}, with a fresh TransactionID. */
    static HomeNSReq request(ProtocolVersion version, EUI64 devEui) {
        return request(version, SENDER, devEui);
    }

    /** A valid HomeNSReq from a sender to {@link #JOIN_EUI}, with a fresh TransactionID. */
    static HomeNSReq request(ProtocolVersion version, NetID sender, EUI64 devEui) {
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
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(SENDER)))
                .answersFor(JOIN_EUI)
                .answerMode(SENDER, mode)
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> request.devEui().equals(KNOWN)
                        ? HomeNSOutcome.found(HOME, HOME_NS) : HomeNSOutcome.unknownDevice()))
                .build();
    }
}
