package io.lorawanbi.bench;

import io.lorawanbi.model.DevAddr;
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
import io.lorawanbi.model.message.PRStartReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.message.XmitDataReq;
import io.lorawanbi.model.object.GWInfoElement;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.ULMetaData;
import java.time.Instant;
import java.util.List;
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
 *   <li>PRStartReq 1.0: from a forwarding to a serving Network Server (NetIDs), a 21-byte uplink
 *       PHYPayload and a ULMetaData of DevAddr, FPort, FCntUp, Confirmed, DataRate, ULFreq, RecvTime,
 *       RFRegion, GWCnt and three GWInfo elements (ID, FineRecvTime, RFRegion, RSSI, SNR, Lat, Lon,
 *       ULToken, DLAllowed). 1.1 adds SenderNSID.</li>
 *   <li>XmitDataReq: the same uplink, from a serving to a forwarding Network Server.</li>
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
     * @param message {@code HomeNSReq}, {@code JoinAns}, {@code PRStartReq} or {@code XmitDataReq}
     * @param version {@code 1.0} or {@code 1.1}
     */
    static BiMessage message(String message, String version) {
        ProtocolVersion v = ProtocolVersion.of(version);
        return switch (message) {
            case "HomeNSReq" -> homeNSReq(v);
            case "JoinAns" -> joinAns(v);
            case "PRStartReq" -> prStartReq(v);
            case "XmitDataReq" -> xmitDataReq(v);
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

    static final NetID FORWARDER = NetID.parse("C00053");
    /** An unconfirmed data uplink, FPort 1, 8 bytes of FRMPayload: 21 bytes. */
    static final HexBytes UPLINK = HexBytes.parse("40411A0B26800A0001A1B2C3D4E5F60718F2A3B4C5");

    static PRStartReq prStartReq(ProtocolVersion v) {
        return new PRStartReq(roamingHeader(v, MessageType.PRStartReq, FORWARDER, NET_ID), UPLINK, ulMetaData(), null);
    }

    static XmitDataReq xmitDataReq(ProtocolVersion v) {
        return new XmitDataReq(roamingHeader(v, MessageType.XmitDataReq, NET_ID, FORWARDER), UPLINK, null,
                ulMetaData(), null);
    }

    private static Header roamingHeader(ProtocolVersion v, MessageType type, NetID sender, NetID receiver) {
        return Header.builder()
                .protocolVersion(v)
                .senderId(sender)
                .receiverId(receiver)
                .transactionId(TRANSACTION_ID)
                .messageType(type)
                .senderNsid(v.equals(ProtocolVersion.V1_1) ? NSID : null)
                .build();
    }

    static ULMetaData ulMetaData() {
        List<GWInfoElement> gateways = List.of(
                gateway("B827EBFFFE8F1A01", -97, 7.25, 52.3702, 4.8952),
                gateway("B827EBFFFE8F1A02", -113, -3.5, 52.3791, 4.9003),
                gateway("B827EBFFFE8F1A03", -118, -9.75, 52.3618, 4.8867));
        return new ULMetaData(null, DevAddr.parse("260B1A41"), 1, null, 10L, false, 5, 868.1, null, null, null,
                Instant.parse("2026-03-01T12:34:56.789Z"), "EU868", gateways.size(), gateways);
    }

    private static GWInfoElement gateway(String id, int rssi, double snr, double lat, double lon) {
        return new GWInfoElement(HexBytes.parse(id), null, "EU868", rssi, snr, lat, lon,
                "0A0B0C0D0E0F1011" + id.substring(12), true);
    }

    private static KeyEnvelope nsKey(String hex) {
        return KeyEnvelope.wrap("ns-kek-1", NS_KEK, bytes(hex));
    }

    private static byte[] bytes(String hex) {
        return HexBytes.parse(hex).toByteArray();
    }
}
