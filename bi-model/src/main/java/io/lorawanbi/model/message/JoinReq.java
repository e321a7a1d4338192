package io.lorawanbi.model.message;

import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.DLSettings;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.ByteLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A join request from a Network Server to the Join Server of a device (TS002 §3.2 "JoinReq"),
 * carrying the join-request frame and the join-accept parameters the NS chose.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param macVersion {@code MACVersion}: the LoRaWAN L2 version of the device (required)
 * @param phyPayload {@code PHYPayload}: the join-request (or rejoin-request) frame as received over the air (required)
 * @param devEui {@code DevEUI}: the device, most significant byte first (required)
 * @param devAddr {@code DevAddr}: the DevAddr the NS assigned (required)
 * @param dlSettings {@code DLSettings}: the join-accept DLSettings byte (required)
 * @param rxDelay {@code RxDelay}: the join-accept RxDelay, 0 to 15 (required)
 * @param cfList {@code CFList}: the join-accept CFList, 16 bytes (optional)
 */
public record JoinReq(
        @NotNull @Valid Header header,
        @WireName("MACVersion") @NotNull MACVersion macVersion,
        @WireName("PHYPayload") @NotNull @ByteLength(min = 1) HexBytes phyPayload,
        @WireName("DevEUI") @NotNull EUI64 devEui,
        @WireName("DevAddr") @NotNull DevAddr devAddr,
        @WireName("DLSettings") @NotNull DLSettings dlSettings,
        @WireName("RxDelay") @NotNull @Min(0) @Max(15) Integer rxDelay,
        @WireName("CFList") @ByteLength(min = 16, max = 16) @Nullable HexBytes cfList) implements BiRequest<JoinAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static JoinReqBuilder builder() {
        return new JoinReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public JoinReqBuilder toBuilder() {
        return new JoinReqBuilder(this);
    }

    @Override
    public Class<JoinAns> answerClass() {
        return JoinAns.class;
    }
}
