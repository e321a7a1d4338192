package io.lorawanbi.model.testsupport;

import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.Role;
import io.lorawanbi.model.ASID;
import io.lorawanbi.model.message.*;
import io.lorawanbi.model.object.ClassMode;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.GWInfoElement;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.RatePolicy;
import io.lorawanbi.model.object.RoamingActivationType;
import io.lorawanbi.model.object.ServiceProfile;
import io.lorawanbi.model.object.ULMetaData;
import java.time.Instant;
import java.util.List;

/**
 * Valid instances of every message and nested object, in either protocol version: the same messages as
 * the test kit's {@code BiFixtures} defaults (a test in bi-testkit holds the two equal, since the test
 * kit ships them and this module cannot depend on it). Each call builds
 * fresh values; tests break one member of a valid instance to check one rule.
 */
public final class Fixtures {

    public static final NetID NET_ID = NetID.parse("000013");
    public static final NetID OTHER_NET_ID = NetID.parse("C00053");
    public static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    public static final EUI64 DEV_EUI = EUI64.parse("0102030405060708");
    public static final EUI64 NSID = EUI64.parse("0000000000000001");
    public static final EUI64 OTHER_NSID = EUI64.parse("0000000000000002");
    public static final ASID AS_ID = ASID.of("as.example.com");
    public static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
    public static final Instant TIME = Instant.parse("2024-05-07T14:11:40Z");
    public static final HexBytes JOIN_REQUEST = HexBytes.parse("00000000D07ED5B370080706050403020100003851F0B6");
    public static final HexBytes JOIN_ACCEPT = HexBytes.parse("204DD85AE608B87FC4889970B7D2042C9E72959B0057AED6094B16003DF12DE145");
    public static final NetID HOME_NET_ID = NetID.parse("600042");
    public static final EUI64 HOME_NSID = EUI64.parse("70B3D57ED0001234");
    /** Every key, token and ID has a value of its own, so that two members swapped fail a test. */
    public static final HexBytes KEY = HexBytes.parse("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF");
    public static final HexBytes APP_S_KEY = HexBytes.parse("B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF");
    public static final HexBytes S_NWK_S_INT_KEY = HexBytes.parse("C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF");
    public static final HexBytes F_NWK_S_INT_KEY = HexBytes.parse("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
    public static final HexBytes NWK_S_ENC_KEY = HexBytes.parse("E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF");
    public static final HexBytes SESSION_KEY_ID = HexBytes.parse("5E55");
    public static final HexBytes GATEWAY_ID = HexBytes.parse("00800000A0000001");

    private Fixtures() {}

    /**
     * A header for the given type and version: for a request or notification, IDs of the type's roles and
     * NSIDs in 1.1 where the role is an NS; for an answer, the derived answer header of its request's.
     */
    public static Header header(MessageType type, ProtocolVersion version) {
        if (type.isAnswer()) {
            return header(type.requestType().orElseThrow(), version).answerHeader();
        }
        boolean v11 = ProtocolVersion.V1_1.equals(version);
        return Header.builder()
                .protocolVersion(version)
                .senderId(id(type.senderRole(), true))
                .receiverId(id(type.receiverRole(), false))
                .transactionId(42L)
                .messageType(type)
                .senderNsid(v11 && type.senderRole() == Role.NETWORK_SERVER ? NSID : null)
                .receiverNsid(v11 && type.receiverRole() == Role.NETWORK_SERVER ? OTHER_NSID : null)
                .build();
    }

    private static PartyID id(Role role, boolean sender) {
        return switch (role) {
            case NETWORK_SERVER, ANY -> sender ? NET_ID : OTHER_NET_ID;
            case JOIN_SERVER -> JOIN_EUI;
            case APPLICATION_SERVER -> AS_ID;
        };
    }

    /** The NwkSKey of the default answers, a plain key. */
    public static KeyEnvelope key() {
        return key(KEY);
    }

    public static KeyEnvelope key(HexBytes plain) {
        return KeyEnvelope.plain(plain.toByteArray());
    }

    public static GWInfoElement gwInfo() {
        return new GWInfoElement(GATEWAY_ID, 1000L, "EU868", -40, 7.5, 52.1, 5.1,
                "0A0B", true);
    }

    public static ULMetaData ulMetaData() {
        return new ULMetaData(DEV_EUI, null, null, null, null, null, 5, 868.1, null, null, "0A0B0C", TIME,
                "EU868", 1, List.of(gwInfo()));
    }

    public static DLMetaData dlMetaData() {
        return new DLMetaData(DEV_EUI, null, null, false, 868.1, 869.525, 1, ClassMode.A, 5, 0, "0A0B0C",
                List.of(new GWInfoElement(null, null, null, null, null, null, null, "0A0B", null)), false);
    }

    public static ServiceProfile serviceProfile() {
        return new ServiceProfile("sp-1", 10, 10, RatePolicy.Drop, 10, 10, RatePolicy.Mark, true, 1, true, true,
                0, 5, HexBytes.parse("FF00"), true, false, true, false, 0.1, 1);
    }

    public static DeviceProfile deviceProfile() {
        return new DeviceProfile("dp-1", false, 0, 128, 3, 869.525, true, 5, MACVersion.V1_0_3, "B", true, 1, 0,
                0, 869.525, List.of(868.1, 868.3), 16, 0.01, "EU868", true);
    }

    public static JoinReq joinReq(ProtocolVersion v) {
        return new JoinReq(header(MessageType.JoinReq, v), MACVersion.V1_0_3, JOIN_REQUEST, DEV_EUI, DEV_ADDR,
                DLSettings.of(false, 0, 0), 1, null);
    }

    public static RejoinReq rejoinReq(ProtocolVersion v) {
        return new RejoinReq(header(MessageType.RejoinReq, v), MACVersion.V1_1, JOIN_REQUEST, DEV_EUI, DEV_ADDR,
                DLSettings.of(true, 0, 0), 1, HexBytes.parse("184F84E85684B85E84C85E84B85E8400"));
    }

    public static JoinAns joinAns(ProtocolVersion v) {
        return new JoinAns(header(MessageType.JoinAns, v), Result.success(), JOIN_ACCEPT, 0L, null, null, null,
                key(), key(APP_S_KEY), null);
    }

    public static RejoinAns rejoinAns(ProtocolVersion v) {
        return new RejoinAns(header(MessageType.RejoinAns, v), Result.success(), JOIN_ACCEPT, 3600L,
                key(S_NWK_S_INT_KEY), key(F_NWK_S_INT_KEY), key(NWK_S_ENC_KEY), null, null, SESSION_KEY_ID);
    }

    public static AppSKeyReq appSKeyReq(ProtocolVersion v) {
        return new AppSKeyReq(header(MessageType.AppSKeyReq, v), DEV_EUI, SESSION_KEY_ID);
    }

    public static AppSKeyAns appSKeyAns(ProtocolVersion v) {
        return new AppSKeyAns(header(MessageType.AppSKeyAns, v), Result.success(), DEV_EUI, key(APP_S_KEY),
                SESSION_KEY_ID);
    }

    public static PRStartReq prStartReq(ProtocolVersion v) {
        return new PRStartReq(header(MessageType.PRStartReq, v), JOIN_REQUEST, ulMetaData(), null);
    }

    public static PRStartAns prStartAns(ProtocolVersion v) {
        return new PRStartAns(header(MessageType.PRStartAns, v), Result.success(), JOIN_ACCEPT, DEV_EUI, 0L, null,
                key(), 0L, serviceProfile(), dlMetaData(), DEV_ADDR);
    }

    public static PRStopReq prStopReq(ProtocolVersion v) {
        return new PRStopReq(header(MessageType.PRStopReq, v), DEV_EUI, 0L);
    }

    public static PRStopAns prStopAns(ProtocolVersion v) {
        return new PRStopAns(header(MessageType.PRStopAns, v), Result.success());
    }

    public static HRStartReq hrStartReq(ProtocolVersion v) {
        return new HRStartReq(header(MessageType.HRStartReq, v), MACVersion.V1_0_3, JOIN_REQUEST, DEV_ADDR,
                deviceProfile(), ulMetaData(), DLSettings.of(false, 0, 0), 1, null, TIME);
    }

    public static HRStartAns hrStartAns(ProtocolVersion v) {
        return new HRStartAns(header(MessageType.HRStartAns, v), Result.success(), JOIN_ACCEPT, 3600L, null, null,
                null, key(), null, serviceProfile(), dlMetaData(), null);
    }

    public static HRStopReq hrStopReq(ProtocolVersion v) {
        return new HRStopReq(header(MessageType.HRStopReq, v), DEV_EUI);
    }

    public static HRStopAns hrStopAns(ProtocolVersion v) {
        return new HRStopAns(header(MessageType.HRStopAns, v), Result.success());
    }

    public static HomeNSReq homeNSReq(ProtocolVersion v) {
        return new HomeNSReq(header(MessageType.HomeNSReq, v), DEV_EUI);
    }

    public static HomeNSAns homeNSAns(ProtocolVersion v) {
        return HomeNSAns.success(header(MessageType.HomeNSAns, v), HOME_NET_ID,
                ProtocolVersion.V1_1.equals(v) ? HOME_NSID : null);
    }

    public static ProfileReq profileReq(ProtocolVersion v) {
        return new ProfileReq(header(MessageType.ProfileReq, v), DEV_EUI);
    }

    public static ProfileAns profileAns(ProtocolVersion v) {
        return new ProfileAns(header(MessageType.ProfileAns, v), Result.success(), deviceProfile(), TIME,
                RoamingActivationType.Passive);
    }

    public static XmitDataReq xmitDataReq(ProtocolVersion v) {
        return new XmitDataReq(header(MessageType.XmitDataReq, v), HexBytes.parse("600000000A8005000A54972BAA8B983CD1"),
                null, null, dlMetaData());
    }

    public static XmitDataAns xmitDataAns(ProtocolVersion v) {
        return new XmitDataAns(header(MessageType.XmitDataAns, v), Result.success(), 868.1, null);
    }

    public static PRStartNotif prStartNotif() {
        return new PRStartNotif(header(MessageType.PRStartNotif, ProtocolVersion.V1_1), Result.success());
    }

    public static ErrorNotif errorNotif() {
        return new ErrorNotif(header(MessageType.ErrorNotif, ProtocolVersion.V1_1),
                Result.of(ResultCode.MalformedMessage, "DevEUI: not hex"));
    }

    /** A valid instance of every message type that exists in the version. */
    public static List<BiMessage> all(ProtocolVersion v) {
        List<BiMessage> out = new java.util.ArrayList<>(List.of(joinReq(v), joinAns(v), rejoinReq(v), rejoinAns(v),
                appSKeyReq(v), appSKeyAns(v), prStartReq(v), prStartAns(v), prStopReq(v), prStopAns(v), hrStartReq(v),
                hrStartAns(v), hrStopReq(v), hrStopAns(v), homeNSReq(v), homeNSAns(v), profileReq(v), profileAns(v),
                xmitDataReq(v), xmitDataAns(v)));
        if (ProtocolVersion.V1_1.equals(v)) {
            out.add(prStartNotif());
            out.add(errorNotif());
        }
        return out;
    }
}
