package io.lorawanbi.codec.internal;

import static io.lorawanbi.codec.internal.Field.of;

import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.message.*;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.RoamingActivationType;
import io.lorawanbi.model.object.ServiceProfile;
import io.lorawanbi.model.object.ULMetaData;
import java.time.Instant;
import java.util.List;

/**
 * The body field tables of every message type of 1.0 and 1.1 (TS002 §3.2), members in
 * specification order. Member names equal the model's {@code @WireName}s; a test holds the two
 * together. Header members are handled by {@link MessageTable}.
 */
final class Messages {

    private Messages() {}

    private static final ObjectCodec<Result> RESULT = NestedObjects.RESULT;
    private static final ObjectCodec<KeyEnvelope> KEY = NestedObjects.KEY_ENVELOPE;

    static final List<MessageDescriptor<?>> ALL = List.of(
            new MessageDescriptor<>(MessageType.JoinReq, List.of(
                    of("MACVersion", Scalars.MAC_VERSION, JoinReq::macVersion),
                    of("PHYPayload", Scalars.HEX, JoinReq::phyPayload),
                    of("DevEUI", Scalars.EUI_64, JoinReq::devEui),
                    of("DevAddr", Scalars.DEV_ADDR, JoinReq::devAddr),
                    of("DLSettings", Scalars.DL_SETTINGS, JoinReq::dlSettings),
                    of("RxDelay", Scalars.INT, JoinReq::rxDelay),
                    of("CFList", Scalars.HEX, JoinReq::cfList)),
                    (h, v) -> new JoinReq(h, (MACVersion) v[0], (HexBytes) v[1], (EUI64) v[2], (DevAddr) v[3],
                            (DLSettings) v[4], (Integer) v[5], (HexBytes) v[6])),
            new MessageDescriptor<>(MessageType.RejoinReq, List.of(
                    of("MACVersion", Scalars.MAC_VERSION, RejoinReq::macVersion),
                    of("PHYPayload", Scalars.HEX, RejoinReq::phyPayload),
                    of("DevEUI", Scalars.EUI_64, RejoinReq::devEui),
                    of("DevAddr", Scalars.DEV_ADDR, RejoinReq::devAddr),
                    of("DLSettings", Scalars.DL_SETTINGS, RejoinReq::dlSettings),
                    of("RxDelay", Scalars.INT, RejoinReq::rxDelay),
                    of("CFList", Scalars.HEX, RejoinReq::cfList)),
                    (h, v) -> new RejoinReq(h, (MACVersion) v[0], (HexBytes) v[1], (EUI64) v[2], (DevAddr) v[3],
                            (DLSettings) v[4], (Integer) v[5], (HexBytes) v[6])),
            new MessageDescriptor<>(MessageType.JoinAns, List.of(
                    of("Result", RESULT, JoinAns::result),
                    of("PHYPayload", Scalars.HEX, JoinAns::phyPayload),
                    of("Lifetime", Scalars.U32, JoinAns::lifetime),
                    of("SNwkSIntKey", KEY, JoinAns::sNwkSIntKey),
                    of("FNwkSIntKey", KEY, JoinAns::fNwkSIntKey),
                    of("NwkSEncKey", KEY, JoinAns::nwkSEncKey),
                    of("NwkSKey", KEY, JoinAns::nwkSKey),
                    of("AppSKey", KEY, JoinAns::appSKey),
                    of("SessionKeyID", Scalars.HEX, JoinAns::sessionKeyId)),
                    (h, v) -> new JoinAns(h, (Result) v[0], (HexBytes) v[1], (Long) v[2], (KeyEnvelope) v[3],
                            (KeyEnvelope) v[4], (KeyEnvelope) v[5], (KeyEnvelope) v[6], (KeyEnvelope) v[7],
                            (HexBytes) v[8])),
            new MessageDescriptor<>(MessageType.RejoinAns, List.of(
                    of("Result", RESULT, RejoinAns::result),
                    of("PHYPayload", Scalars.HEX, RejoinAns::phyPayload),
                    of("Lifetime", Scalars.U32, RejoinAns::lifetime),
                    of("SNwkSIntKey", KEY, RejoinAns::sNwkSIntKey),
                    of("FNwkSIntKey", KEY, RejoinAns::fNwkSIntKey),
                    of("NwkSEncKey", KEY, RejoinAns::nwkSEncKey),
                    of("NwkSKey", KEY, RejoinAns::nwkSKey),
                    of("AppSKey", KEY, RejoinAns::appSKey),
                    of("SessionKeyID", Scalars.HEX, RejoinAns::sessionKeyId)),
                    (h, v) -> new RejoinAns(h, (Result) v[0], (HexBytes) v[1], (Long) v[2], (KeyEnvelope) v[3],
                            (KeyEnvelope) v[4], (KeyEnvelope) v[5], (KeyEnvelope) v[6], (KeyEnvelope) v[7],
                            (HexBytes) v[8])),
            new MessageDescriptor<>(MessageType.AppSKeyReq, List.of(
                    of("DevEUI", Scalars.EUI_64, AppSKeyReq::devEui),
                    of("SessionKeyID", Scalars.HEX, AppSKeyReq::sessionKeyId)),
                    (h, v) -> new AppSKeyReq(h, (EUI64) v[0], (HexBytes) v[1])),
            new MessageDescriptor<>(MessageType.AppSKeyAns, List.of(
                    of("Result", RESULT, AppSKeyAns::result),
                    of("DevEUI", Scalars.EUI_64, AppSKeyAns::devEui),
                    of("AppSKey", KEY, AppSKeyAns::appSKey),
                    of("SessionKeyID", Scalars.HEX, AppSKeyAns::sessionKeyId)),
                    (h, v) -> new AppSKeyAns(h, (Result) v[0], (EUI64) v[1], (KeyEnvelope) v[2], (HexBytes) v[3])),
            new MessageDescriptor<>(MessageType.PRStartReq, List.of(
                    of("PHYPayload", Scalars.HEX, PRStartReq::phyPayload),
                    of("ULMetaData", NestedObjects.UL_METADATA, PRStartReq::ulMetaData),
                    of("DedupWindowSize", Scalars.U32_OR_STRING, PRStartReq::dedupWindowSize)),
                    (h, v) -> new PRStartReq(h, (HexBytes) v[0], (ULMetaData) v[1], (Long) v[2])),
            new MessageDescriptor<>(MessageType.PRStartAns, List.of(
                    of("Result", RESULT, PRStartAns::result),
                    of("PHYPayload", Scalars.HEX, PRStartAns::phyPayload),
                    of("DevEUI", Scalars.EUI_64, PRStartAns::devEui),
                    of("Lifetime", Scalars.U32, PRStartAns::lifetime),
                    of("FNwkSIntKey", KEY, PRStartAns::fNwkSIntKey),
                    of("NwkSKey", KEY, PRStartAns::nwkSKey),
                    of("FCntUp", Scalars.U32, PRStartAns::fCntUp),
                    of("ServiceProfile", NestedObjects.SERVICE_PROFILE, PRStartAns::serviceProfile),
                    of("DLMetaData", NestedObjects.DL_METADATA, PRStartAns::dlMetaData),
                    of("DevAddr", Scalars.DEV_ADDR, PRStartAns::devAddr)),
                    (h, v) -> new PRStartAns(h, (Result) v[0], (HexBytes) v[1], (EUI64) v[2], (Long) v[3],
                            (KeyEnvelope) v[4], (KeyEnvelope) v[5], (Long) v[6], (ServiceProfile) v[7],
                            (DLMetaData) v[8], (DevAddr) v[9])),
            new MessageDescriptor<>(MessageType.PRStopReq, List.of(
                    of("DevEUI", Scalars.EUI_64, PRStopReq::devEui),
                    of("Lifetime", Scalars.U32, PRStopReq::lifetime)),
                    (h, v) -> new PRStopReq(h, (EUI64) v[0], (Long) v[1])),
            new MessageDescriptor<>(MessageType.PRStopAns, List.of(
                    of("Result", RESULT, PRStopAns::result)),
                    (h, v) -> new PRStopAns(h, (Result) v[0])),
            new MessageDescriptor<>(MessageType.HRStartReq, List.of(
                    of("MACVersion", Scalars.MAC_VERSION, HRStartReq::macVersion),
                    of("PHYPayload", Scalars.HEX, HRStartReq::phyPayload),
                    of("DevAddr", Scalars.DEV_ADDR, HRStartReq::devAddr),
                    of("DeviceProfile", NestedObjects.DEVICE_PROFILE, HRStartReq::deviceProfile),
                    of("ULMetaData", NestedObjects.UL_METADATA, HRStartReq::ulMetaData),
                    of("DLSettings", Scalars.DL_SETTINGS, HRStartReq::dlSettings),
                    of("RxDelay", Scalars.INT, HRStartReq::rxDelay),
                    of("CFList", Scalars.HEX, HRStartReq::cfList),
                    of("DeviceProfileTimestamp", Scalars.TIME, HRStartReq::deviceProfileTimestamp)),
                    (h, v) -> new HRStartReq(h, (MACVersion) v[0], (HexBytes) v[1], (DevAddr) v[2],
                            (DeviceProfile) v[3], (ULMetaData) v[4], (DLSettings) v[5], (Integer) v[6],
                            (HexBytes) v[7], (Instant) v[8])),
            new MessageDescriptor<>(MessageType.HRStartAns, List.of(
                    of("Result", RESULT, HRStartAns::result),
                    of("PHYPayload", Scalars.HEX, HRStartAns::phyPayload),
                    of("Lifetime", Scalars.U32, HRStartAns::lifetime),
                    of("SNwkSIntKey", KEY, HRStartAns::sNwkSIntKey),
                    of("FNwkSIntKey", KEY, HRStartAns::fNwkSIntKey),
                    of("NwkSEncKey", KEY, HRStartAns::nwkSEncKey),
                    of("NwkSKey", KEY, HRStartAns::nwkSKey),
                    of("DeviceProfile", NestedObjects.DEVICE_PROFILE, HRStartAns::deviceProfile),
                    of("ServiceProfile", NestedObjects.SERVICE_PROFILE, HRStartAns::serviceProfile),
                    of("DLMetaData", NestedObjects.DL_METADATA, HRStartAns::dlMetaData),
                    of("DeviceProfileTimestamp", Scalars.TIME, HRStartAns::deviceProfileTimestamp)),
                    (h, v) -> new HRStartAns(h, (Result) v[0], (HexBytes) v[1], (Long) v[2], (KeyEnvelope) v[3],
                            (KeyEnvelope) v[4], (KeyEnvelope) v[5], (KeyEnvelope) v[6], (DeviceProfile) v[7],
                            (ServiceProfile) v[8], (DLMetaData) v[9], (Instant) v[10])),
            new MessageDescriptor<>(MessageType.HRStopReq, List.of(
                    of("DevEUI", Scalars.EUI_64, HRStopReq::devEui)),
                    (h, v) -> new HRStopReq(h, (EUI64) v[0])),
            new MessageDescriptor<>(MessageType.HRStopAns, List.of(
                    of("Result", RESULT, HRStopAns::result)),
                    (h, v) -> new HRStopAns(h, (Result) v[0])),
            new MessageDescriptor<>(MessageType.HomeNSReq, List.of(
                    of("DevEUI", Scalars.EUI_64, HomeNSReq::devEui)),
                    (h, v) -> new HomeNSReq(h, (EUI64) v[0])),
            new MessageDescriptor<>(MessageType.HomeNSAns, List.of(
                    of("Result", RESULT, HomeNSAns::result),
                    of("HNetID", Scalars.NET_ID, HomeNSAns::hNetId),
                    of("HNSID", Scalars.EUI_64, HomeNSAns::hNsId, Field.Emit.ONLY_1_1)),
                    (h, v) -> new HomeNSAns(h, (Result) v[0], (NetID) v[1], (EUI64) v[2])),
            new MessageDescriptor<>(MessageType.ProfileReq, List.of(
                    of("DevEUI", Scalars.EUI_64, ProfileReq::devEui)),
                    (h, v) -> new ProfileReq(h, (EUI64) v[0])),
            new MessageDescriptor<>(MessageType.ProfileAns, List.of(
                    of("Result", RESULT, ProfileAns::result),
                    of("DeviceProfile", NestedObjects.DEVICE_PROFILE, ProfileAns::deviceProfile),
                    of("DeviceProfileTimestamp", Scalars.TIME, ProfileAns::deviceProfileTimestamp),
                    of("RoamingActivationType", Scalars.enumOf(RoamingActivationType.class),
                            ProfileAns::roamingActivationType)),
                    (h, v) -> new ProfileAns(h, (Result) v[0], (DeviceProfile) v[1], (Instant) v[2],
                            (RoamingActivationType) v[3])),
            new MessageDescriptor<>(MessageType.XmitDataReq, List.of(
                    of("PHYPayload", Scalars.HEX, XmitDataReq::phyPayload),
                    of("FRMPayload", Scalars.HEX, XmitDataReq::frmPayload),
                    of("ULMetaData", NestedObjects.UL_METADATA, XmitDataReq::ulMetaData),
                    of("DLMetaData", NestedObjects.DL_METADATA, XmitDataReq::dlMetaData)),
                    (h, v) -> new XmitDataReq(h, (HexBytes) v[0], (HexBytes) v[1], (ULMetaData) v[2],
                            (DLMetaData) v[3])),
            new MessageDescriptor<>(MessageType.XmitDataAns, List.of(
                    of("Result", RESULT, XmitDataAns::result),
                    of("DLFreq1", Scalars.DOUBLE, XmitDataAns::dlFreq1),
                    of("DLFreq2", Scalars.DOUBLE, XmitDataAns::dlFreq2)),
                    (h, v) -> new XmitDataAns(h, (Result) v[0], (Double) v[1], (Double) v[2])),
            new MessageDescriptor<>(MessageType.PRStartNotif, List.of(
                    of("Result", RESULT, PRStartNotif::result)),
                    (h, v) -> new PRStartNotif(h, (Result) v[0])),
            new MessageDescriptor<>(MessageType.ErrorNotif, List.of(
                    of("Result", RESULT, ErrorNotif::result)),
                    (h, v) -> new ErrorNotif(h, (Result) v[0])));
}
