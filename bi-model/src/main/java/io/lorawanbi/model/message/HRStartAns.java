package io.lorawanbi.model.message;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.ServiceProfile;
import io.lorawanbi.model.validation.PresentOnSuccess;
import io.lorawanbi.model.validation.SessionKeysOnSuccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The home NS's answer to an {@link HRStartReq} (TS002 §3.2 "HRStartAns"). On Success: the join-accept,
 * lifetime, session keys, service profile and downlink metadata; on failure (for example
 * StaleDeviceProfile) possibly the current device profile and its timestamp.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param phyPayload {@code PHYPayload}: the join-accept frame; required on Success
 * @param lifetime {@code Lifetime}: session lifetime in seconds; required on Success
 * @param sNwkSIntKey {@code SNwkSIntKey}: serving network session integrity key, LoRaWAN 1.1 devices (optional)
 * @param fNwkSIntKey {@code FNwkSIntKey}: forwarding network session integrity key, LoRaWAN 1.1 devices (optional)
 * @param nwkSEncKey {@code NwkSEncKey}: network session encryption key, LoRaWAN 1.1 devices (optional)
 * @param nwkSKey {@code NwkSKey}: network session key, LoRaWAN 1.0.x devices (optional)
 * @param deviceProfile {@code DeviceProfile}: the current device profile, on failure (optional)
 * @param serviceProfile {@code ServiceProfile}: the service profile; required on Success
 * @param dlMetaData {@code DLMetaData}: downlink metadata; required on Success
 * @param deviceProfileTimestamp {@code DeviceProfileTimestamp}: the time of the last DeviceProfile change, on failure (optional)
 */
@PresentOnSuccess({"phyPayload", "lifetime", "serviceProfile", "dlMetaData"})
@SessionKeysOnSuccess
public record HRStartAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("PHYPayload") @Nullable HexBytes phyPayload,
        @WireName("Lifetime") @Min(0) @Max(4294967295L) @Nullable Long lifetime,
        @WireName("SNwkSIntKey") @Valid @Nullable KeyEnvelope sNwkSIntKey,
        @WireName("FNwkSIntKey") @Valid @Nullable KeyEnvelope fNwkSIntKey,
        @WireName("NwkSEncKey") @Valid @Nullable KeyEnvelope nwkSEncKey,
        @WireName("NwkSKey") @Valid @Nullable KeyEnvelope nwkSKey,
        @WireName("DeviceProfile") @Valid @Nullable DeviceProfile deviceProfile,
        @WireName("ServiceProfile") @Valid @Nullable ServiceProfile serviceProfile,
        @WireName("DLMetaData") @Valid @Nullable DLMetaData dlMetaData,
        @WireName("DeviceProfileTimestamp") @Nullable Instant deviceProfileTimestamp) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static HRStartAnsBuilder builder() {
        return new HRStartAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public HRStartAnsBuilder toBuilder() {
        return new HRStartAnsBuilder(this);
    }
}
