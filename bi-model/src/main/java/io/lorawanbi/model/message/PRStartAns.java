package io.lorawanbi.model.message;

import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.PresentWith;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.ServiceProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The serving NS's answer to a {@link PRStartReq} (TS002 §3.2 "PRStartAns"). For a join it carries the
 * join-accept in PHYPayload and its downlink metadata; for a stateful session the lifetime and keys.
 *
 * <p>A downlink frame in PHYPayload needs its DLMetaData: without it the forwarding NS cannot
 * transmit it (ChirpStack fails such an answer; Helium only acknowledges it).
 *
 * <p>{@code DevAddr} is not in the 1.0 specification but ChirpStack and brocaar emit it for OTAA.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param phyPayload {@code PHYPayload}: the downlink frame to transmit, for example a join-accept (optional)
 * @param devEui {@code DevEUI}: the device, most significant byte first (optional)
 * @param lifetime {@code Lifetime}: session lifetime in seconds (optional)
 * @param fNwkSIntKey {@code FNwkSIntKey}: forwarding network session integrity key, LoRaWAN 1.1 devices (optional)
 * @param nwkSKey {@code NwkSKey}: network session key, LoRaWAN 1.0.x devices (optional)
 * @param fCntUp {@code FCntUp}: the uplink frame counter (optional)
 * @param serviceProfile {@code ServiceProfile}: the device's service profile (optional)
 * @param dlMetaData {@code DLMetaData}: metadata for the downlink in PHYPayload (optional)
 * @param devAddr {@code DevAddr}: the device address (OTAA) (optional)
 */
@PresentWith(when = "phyPayload", then = "dlMetaData")
public record PRStartAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("PHYPayload") @Nullable HexBytes phyPayload,
        @WireName("DevEUI") @Nullable EUI64 devEui,
        @WireName("Lifetime") @Min(0) @Max(4294967295L) @Nullable Long lifetime,
        @WireName("FNwkSIntKey") @Valid @Nullable KeyEnvelope fNwkSIntKey,
        @WireName("NwkSKey") @Valid @Nullable KeyEnvelope nwkSKey,
        @WireName("FCntUp") @Min(0) @Max(4294967295L) @Nullable Long fCntUp,
        @WireName("ServiceProfile") @Valid @Nullable ServiceProfile serviceProfile,
        @WireName("DLMetaData") @Valid @Nullable DLMetaData dlMetaData,
        @WireName("DevAddr") @Nullable DevAddr devAddr) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static PRStartAnsBuilder builder() {
        return new PRStartAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public PRStartAnsBuilder toBuilder() {
        return new PRStartAnsBuilder(this);
    }
}
