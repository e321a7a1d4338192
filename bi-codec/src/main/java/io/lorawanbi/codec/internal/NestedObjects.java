package io.lorawanbi.codec.internal;

import static io.lorawanbi.codec.internal.Field.aliased;
import static io.lorawanbi.codec.internal.Field.of;

import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.VendorID;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.ClassMode;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.GWInfoElement;
import io.lorawanbi.model.object.JsonValue;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.RatePolicy;
import io.lorawanbi.model.object.ServiceProfile;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.object.VSExtension;
import java.time.Instant;
import java.util.List;

/**
 * The field tables of the nested objects (TS002 §3.3), members in specification order. Each table
 * names the members as {@code @WireName} does in the model; a test holds the two together.
 */
@SuppressWarnings("unchecked")
final class NestedObjects {

    private NestedObjects() {}

    private static final ValueCodec<Integer> INT = Scalars.INT;
    private static final ValueCodec<Double> DOUBLE = Scalars.DOUBLE;
    private static final ValueCodec<Boolean> BOOL = Scalars.BOOLEAN;

    static final ObjectCodec<Result> RESULT = new ObjectCodec<>("Result", List.of(
            of("ResultCode", Scalars.RESULT_CODE, Result::resultCode),
            of("Description", Scalars.STRING, Result::description)),
            v -> new Result((ResultCode) v[0], (String) v[1]));

    static final ObjectCodec<KeyEnvelope> KEY_ENVELOPE = new ObjectCodec<>("KeyEnvelope", List.of(
            of("KEKLabel", Scalars.STRING, KeyEnvelope::kekLabel, Field.Emit.ALWAYS),
            of("AESKey", Scalars.HEX, KeyEnvelope::aesKey)),
            v -> new KeyEnvelope((String) v[0], (HexBytes) v[1]));

    static final ObjectCodec<GWInfoElement> GW_INFO = new ObjectCodec<>("GWInfo element", List.of(
            aliased("ID", new String[] {"GWID"}, Scalars.HEX, GWInfoElement::id),
            of("FineRecvTime", Scalars.U32, GWInfoElement::fineRecvTime),
            of("RFRegion", Scalars.TEXT, GWInfoElement::rfRegion),
            of("RSSI", INT, GWInfoElement::rssi),
            of("SNR", DOUBLE, GWInfoElement::snr),
            of("Lat", DOUBLE, GWInfoElement::lat),
            of("Lon", DOUBLE, GWInfoElement::lon),
            of("ULToken", Scalars.TEXT, GWInfoElement::ulToken),
            of("DLAllowed", BOOL, GWInfoElement::dlAllowed)),
            v -> new GWInfoElement((HexBytes) v[0], (Long) v[1], (String) v[2], (Integer) v[3], (Double) v[4],
                    (Double) v[5], (Double) v[6], (String) v[7], (Boolean) v[8]));

    private static final ListCodec<GWInfoElement> GW_INFO_LIST = new ListCodec<>(GW_INFO);

    static final ObjectCodec<ULMetaData> UL_METADATA = new ObjectCodec<>("ULMetaData", List.of(
            of("DevEUI", Scalars.EUI_64, ULMetaData::devEui),
            of("DevAddr", Scalars.DEV_ADDR, ULMetaData::devAddr),
            of("FPort", INT, ULMetaData::fPort),
            of("FCntDown", Scalars.U32, ULMetaData::fCntDown),
            of("FCntUp", Scalars.U32, ULMetaData::fCntUp),
            of("Confirmed", BOOL, ULMetaData::confirmed),
            of("DataRate", INT, ULMetaData::dataRate),
            of("ULFreq", DOUBLE, ULMetaData::ulFreq),
            of("Margin", INT, ULMetaData::margin),
            of("Battery", INT, ULMetaData::battery),
            of("FNSULToken", Scalars.TEXT, ULMetaData::fnsUlToken),
            of("RecvTime", Scalars.TIME, ULMetaData::recvTime),
            of("RFRegion", Scalars.TEXT, ULMetaData::rfRegion),
            of("GWCnt", INT, ULMetaData::gwCnt),
            of("GWInfo", GW_INFO_LIST, ULMetaData::gwInfo, Field.Emit.ALWAYS)),
            v -> new ULMetaData((EUI64) v[0], (DevAddr) v[1], (Integer) v[2], (Long) v[3], (Long) v[4],
                    (Boolean) v[5], (Integer) v[6], (Double) v[7], (Integer) v[8], (Integer) v[9], (String) v[10],
                    (Instant) v[11], (String) v[12], (Integer) v[13], (List<GWInfoElement>) v[14]));

    static final ObjectCodec<DLMetaData> DL_METADATA = new ObjectCodec<>("DLMetaData", List.of(
            of("DevEUI", Scalars.EUI_64, DLMetaData::devEui),
            of("FPort", INT, DLMetaData::fPort),
            of("FCntDown", Scalars.U32, DLMetaData::fCntDown),
            of("Confirmed", BOOL, DLMetaData::confirmed),
            of("DLFreq1", DOUBLE, DLMetaData::dlFreq1),
            of("DLFreq2", DOUBLE, DLMetaData::dlFreq2),
            of("RXDelay1", INT, DLMetaData::rxDelay1),
            of("ClassMode", Scalars.enumOf(ClassMode.class), DLMetaData::classMode),
            of("DataRate1", INT, DLMetaData::dataRate1),
            of("DataRate2", INT, DLMetaData::dataRate2),
            of("FNSULToken", Scalars.TEXT, DLMetaData::fnsUlToken),
            of("GWInfo", GW_INFO_LIST, DLMetaData::gwInfo, Field.Emit.ALWAYS),
            of("HiPriorityFlag", BOOL, DLMetaData::hiPriorityFlag)),
            v -> new DLMetaData((EUI64) v[0], (Integer) v[1], (Long) v[2], (Boolean) v[3], (Double) v[4],
                    (Double) v[5], (Integer) v[6], (ClassMode) v[7], (Integer) v[8], (Integer) v[9], (String) v[10],
                    (List<GWInfoElement>) v[11], (Boolean) v[12]));

    private static final ValueCodec<RatePolicy> RATE_POLICY = Scalars.enumOf(RatePolicy.class);

    static final ObjectCodec<ServiceProfile> SERVICE_PROFILE = new ObjectCodec<>("ServiceProfile", List.of(
            aliased("ServiceProfile", new String[] {"ServiceProfile-ID"}, Scalars.TEXT, ServiceProfile::serviceProfileId),
            of("ULRate", INT, ServiceProfile::ulRate),
            of("ULBucketSize", INT, ServiceProfile::ulBucketSize),
            of("ULRatePolicy", RATE_POLICY, ServiceProfile::ulRatePolicy),
            of("DLRate", INT, ServiceProfile::dlRate),
            of("DLBucketSize", INT, ServiceProfile::dlBucketSize),
            of("DLRatePolicy", RATE_POLICY, ServiceProfile::dlRatePolicy),
            of("AddGWMetadata", BOOL, ServiceProfile::addGwMetadata),
            of("DevStatusReqFreq", INT, ServiceProfile::devStatusReqFreq),
            aliased("ReportDevStatusBatery", new String[] {"ReportDevStatusBattery"}, BOOL,
                    ServiceProfile::reportDevStatusBattery),
            of("ReportDevStatusMargin", BOOL, ServiceProfile::reportDevStatusMargin),
            of("DRMin", INT, ServiceProfile::drMin),
            of("DRMax", INT, ServiceProfile::drMax),
            of("ChannelMask", Scalars.HEX, ServiceProfile::channelMask),
            of("PRAllowed", BOOL, ServiceProfile::prAllowed),
            of("HRAllowed", BOOL, ServiceProfile::hrAllowed),
            aliased("RAAllowed", new String[] {"RAAAllowed"}, BOOL, ServiceProfile::raAllowed),
            of("NwkGeoLoc", BOOL, ServiceProfile::nwkGeoLoc),
            of("TargetPER", DOUBLE, ServiceProfile::targetPer),
            of("MinGWDiversity", INT, ServiceProfile::minGwDiversity)),
            v -> new ServiceProfile((String) v[0], (Integer) v[1], (Integer) v[2], (RatePolicy) v[3], (Integer) v[4],
                    (Integer) v[5], (RatePolicy) v[6], (Boolean) v[7], (Integer) v[8], (Boolean) v[9], (Boolean) v[10],
                    (Integer) v[11], (Integer) v[12], (HexBytes) v[13], (Boolean) v[14], (Boolean) v[15],
                    (Boolean) v[16], (Boolean) v[17], (Double) v[18], (Integer) v[19]));

    static final ObjectCodec<DeviceProfile> DEVICE_PROFILE = new ObjectCodec<>("DeviceProfile", List.of(
            aliased("DeviceProfileID", new String[] {"DeviceProfile-ID"}, Scalars.TEXT, DeviceProfile::deviceProfileId),
            of("SupportsClassB", BOOL, DeviceProfile::supportsClassB),
            of("ClassBTimeout", INT, DeviceProfile::classBTimeout),
            of("PingSlotPeriod", INT, DeviceProfile::pingSlotPeriod),
            aliased("PingSlotDR", new String[] {"PingSLotDR"}, INT, DeviceProfile::pingSlotDr),
            aliased("PingSlotFreq", new String[] {"PingSlotFrequency"}, DOUBLE, DeviceProfile::pingSlotFreq),
            of("SupportsClassC", BOOL, DeviceProfile::supportsClassC),
            of("ClassCTimeout", INT, DeviceProfile::classCTimeout),
            of("MACVersion", Scalars.MAC_VERSION, DeviceProfile::macVersion),
            of("RegParamsRevision", Scalars.TEXT, DeviceProfile::regParamsRevision),
            of("SupportsJoin", BOOL, DeviceProfile::supportsJoin),
            of("RXDelay1", INT, DeviceProfile::rxDelay1),
            of("RXDROffset1", INT, DeviceProfile::rxDrOffset1),
            of("RXDataRate2", INT, DeviceProfile::rxDataRate2),
            of("RXFreq2", DOUBLE, DeviceProfile::rxFreq2),
            of("FactoryPresetFreqs", new ListCodec<>(DOUBLE), DeviceProfile::factoryPresetFreqs),
            of("MaxEIRP", INT, DeviceProfile::maxEirp),
            of("MaxDutyCycle", DOUBLE, DeviceProfile::maxDutyCycle),
            of("RFRegion", Scalars.TEXT, DeviceProfile::rfRegion),
            of("Supports32bitFCnt", BOOL, DeviceProfile::supports32BitFCnt)),
            v -> new DeviceProfile((String) v[0], (Boolean) v[1], (Integer) v[2], (Integer) v[3], (Integer) v[4],
                    (Double) v[5], (Boolean) v[6], (Integer) v[7], (MACVersion) v[8], (String) v[9], (Boolean) v[10],
                    (Integer) v[11], (Integer) v[12], (Integer) v[13], (Double) v[14], (List<Double>) v[15],
                    (Integer) v[16], (Double) v[17], (String) v[18], (Boolean) v[19]));

    /** VSExtension; {@code {}} (brocaar sends it on every message) reads as absent. */
    static final ObjectCodec<VSExtension> VS_EXTENSION = new ObjectCodec<>("VSExtension", List.of(
            of("VendorID", Scalars.VENDOR_ID, VSExtension::vendorId),
            of("Object", JsonValueCodec.INSTANCE, VSExtension::object)),
            v -> v[0] == null && v[1] == null ? null : new VSExtension((VendorID) v[0], (JsonValue) v[1]));
}
