package io.lorawanbi.bench;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinAns;
import io.lorawanbi.model.message.JoinAnsBuilder;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.KeyEnvelope;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The messages the benchmarks read and write, built in code as a Network Server and a Join Server
 * would send them.
 *
 * <ul>
 *   <li>HomeNSReq 1.0: the header and DevEUI. 1.1 adds SenderNSID and a SenderToken.</li>
 *   <li>JoinAns 1.0: Success, a 33-byte PHYPayload (join-accept), Lifetime, NwkSKey and AppSKey
 *       each wrapped (RFC 3394, 24-byte AESKey) under a KEKLabel, SessionKeyID. 1.1 carries
 *       SNwkSIntKey, FNwkSIntKey and NwkSEncKey instead of NwkSKey, and ReceiverNSID and a
 *       ReceiverToken (the request's SenderNSID and SenderToken returned).</li>
 * </ul>
 */
final class Samples {

    static final NetID NET_ID = NetID.parse("000013");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 DEV_EUI = EUI64.parse("0004A30B001C0530");
    static final EUI64 NSID = EUI64.parse("70B3D57ED0001234");
    static final HexBytes TOKEN = HexBytes.parse("0A1B2C3D4E5F6071");
    static final long TRANSACTION_ID = 3_591_102_347L;
    /** An encrypted join-accept with CFList: 33 bytes. */
    static final HexBytes JOIN_ACCEPT =
            HexBytes.parse("204DD85AE608B87FC4889970B7D2042C9E72959B0057AED6094B16003DF12DE145");
    static final HexBytes SESSION_KEY_ID = HexBytes.parse("01890F3A6C2E7B4D9A1F5E2C3B4A5D6E");

    private static final SecretKey NS_KEK = new SecretKeySpec(bytes("000102030405060708090A0B0C0D0E0F"), "AES");
    private static final SecretKey AS_KEK = new SecretKeySpec(bytes("F0E0D0C0B0A090807060504030201000"), "AES");

    private Samples() {}

    /**
     * The sample message.
     *
     * @param message {@code HomeNSReq} or {@code JoinAns}
     * @param version {@code 1.0} or {@code 1.1}
     */
    static BiMessage message(String message, String version) {
        ProtocolVersion v = ProtocolVersion.of(version);
        return switch (message) {
            case "HomeNSReq" -> homeNSReq(v);
            case "JoinAns" -> joinAns(v);
            default -> throw new IllegalArgumentException("no sample " + message);
        };
    }

    static HomeNSReq homeNSReq(ProtocolVersion v) {
        boolean v11 = v.equals(ProtocolVersion.V1_1);
        Header header = Header.builder()
                .protocolVersion(v)
                .senderId(NET_ID)
                .receiverId(JOIN_EUI)
                .transactionId(TRANSACTION_ID)
                .messageType(MessageType.HomeNSReq)
                .senderToken(v11 ? TOKEN : null)
                .senderNsid(v11 ? NSID : null)
                .build();
        return new HomeNSReq(header, DEV_EUI);
    }

    static JoinAns joinAns(ProtocolVersion v) {
        boolean v11 = v.equals(ProtocolVersion.V1_1);
        Header header = Header.builder()
                .protocolVersion(v)
                .senderId(JOIN_EUI)
                .receiverId(NET_ID)
                .transactionId(TRANSACTION_ID)
                .messageType(MessageType.JoinAns)
                .receiverToken(v11 ? TOKEN : null)
                .receiverNsid(v11 ? NSID : null)
                .build();
        JoinAnsBuilder answer = JoinAns.builder()
                .header(header)
                .result(Result.success())
                .phyPayload(JOIN_ACCEPT)
                .lifetime(86_400L)
                .appSKey(KeyEnvelope.wrap("as-kek-1", AS_KEK, bytes("2B7E151628AED2A6ABF7158809CF4F3C")))
                .sessionKeyId(SESSION_KEY_ID);
        if (v11) {
            return answer.sNwkSIntKey(nsKey("0F1E2D3C4B5A69788796A5B4C3D2E1F0"))
                    .fNwkSIntKey(nsKey("00112233445566778899AABBCCDDEEFF"))
                    .nwkSEncKey(nsKey("FFEEDDCCBBAA99887766554433221100"))
                    .build();
        }
        return answer.nwkSKey(nsKey("00112233445566778899AABBCCDDEEFF")).build();
    }

    private static KeyEnvelope nsKey(String hex) {
        return KeyEnvelope.wrap("ns-kek-1", NS_KEK, bytes(hex));
    }

    private static byte[] bytes(String hex) {
        return HexBytes.parse(hex).toByteArray();
    }
}
