package io.lorawanbi.client;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Result;
import java.util.function.UnaryOperator;

/** The messages of the client's tests: a HomeNSReq from NetID 000013 to JoinEUI 70B3D57ED0000000, and answers to it. */
final class Messages {

    static final BiCodec CODEC = BiCodec.standard();
    static final NetID NET_ID = NetID.parse("000013");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 NSID = EUI64.parse("0000000000000013");

    private Messages() {}

    /** A request without ProtocolVersion and TransactionID: the client fills them in. */
    static HomeNSReq request() {
        return HomeNSReq.builder().senderId(NET_ID).receiverId(JOIN_EUI).senderToken(HexBytes.parse("0a0b"))
                .senderNsid(NSID).devEui(EUI64.parse("0102030405060708")).build();
    }

    /** The request with version 1.1 and the given TransactionID. */
    static HomeNSReq request(long transactionId) {
        HomeNSReq r = request();
        return r.toBuilder().header(r.header().toBuilder().protocolVersion(ProtocolVersion.V1_1).transactionId(transactionId)
                .build()).build();
    }

    /** The answer to a received request body, its derived header changed by the function. */
    static byte[] answer(byte[] requestBody, UnaryOperator<Header> change) {
        HomeNSReq request = CODEC.decode(requestBody, HomeNSReq.class);
        Header h = change.apply(request.header().answerHeader());
        return CODEC.encode(HomeNSAns.builder().header(h).result(Result.success()).hNetId(NetID.parse("600000")).build());
    }

    /** The conforming answer to a received request body. */
    static byte[] answer(byte[] requestBody) {
        return answer(requestBody, h -> h);
    }

    /** An answer of another type (a failed JoinAns, also from a Join Server) addressed to the received request. */
    static byte[] otherAnswer(byte[] requestBody) {
        HomeNSReq request = CODEC.decode(requestBody, HomeNSReq.class);
        Header h = request.header().answerHeader().toBuilder().messageType(MessageType.JoinAns).build();
        return CODEC.encode(JoinAns.builder().header(h).result(Result.of(ResultCode.UnknownDevEUI, null)).build());
    }
}
