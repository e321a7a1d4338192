package io.lorawanbi.model.message;

import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.validation.ByteLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A handover roaming start request from a serving (visited) NS to the home NS (TS002 §3.2
 * "HRStartReq").
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param macVersion {@code MACVersion}: the LoRaWAN L2 version of the device (required)
 * @param phyPayload {@code PHYPayload}: the join-request frame (required)
 * @param devAddr {@code DevAddr}: the device address (required)
 * @param deviceProfile {@code DeviceProfile}: the device profile (required)
 * @param ulMetaData {@code ULMetaData}: the uplink metadata (required)
 * @param dlSettings {@code DLSettings}: the join-accept DLSettings byte (required)
 * @param rxDelay {@code RxDelay}: the join-accept RxDelay, 0 to 15 (required)
 * @param cfList {@code CFList}: the join-accept CFList, 16 bytes (optional)
 * @param deviceProfileTimestamp {@code DeviceProfileTimestamp}: the time of the last DeviceProfile change (required)
 */
public record HRStartReq(
        @NotNull @Valid Header header,
        @WireName("MACVersion") @NotNull MACVersion macVersion,
        @WireName("PHYPayload") @NotNull @ByteLength(min = 1) HexBytes phyPayload,
        @WireName("DevAddr") @NotNull DevAddr devAddr,
        @WireName("DeviceProfile") @NotNull @Valid DeviceProfile deviceProfile,
        @WireName("ULMetaData") @NotNull @Valid ULMetaData ulMetaData,
        @WireName("DLSettings") @NotNull DLSettings dlSettings,
        @WireName("RxDelay") @NotNull @Min(0) @Max(15) Integer rxDelay,
        @WireName("CFList") @ByteLength(min = 16, max = 16) @Nullable HexBytes cfList,
        @WireName("DeviceProfileTimestamp") @NotNull Instant deviceProfileTimestamp) implements BiRequest<HRStartAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static HRStartReqBuilder builder() {
        return new HRStartReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public HRStartReqBuilder toBuilder() {
        return new HRStartReqBuilder(this);
    }

    @Override
    public Class<HRStartAns> answerClass() {
        return HRStartAns.class;
    }
}
