package io.lorawanbi.model.message;

import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.RoamingActivationType;
import io.lorawanbi.model.validation.PresentOnSuccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The home NS's answer to a {@link ProfileReq} (TS002 §3.2 "ProfileAns"): on Success the device profile,
 * its timestamp and the roaming activation type.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param deviceProfile {@code DeviceProfile}: the device profile; required on Success
 * @param deviceProfileTimestamp {@code DeviceProfileTimestamp}: the time of the last DeviceProfile change; required on Success
 * @param roamingActivationType {@code RoamingActivationType}: Passive or Handover; required on Success
 */
@PresentOnSuccess({"deviceProfile", "deviceProfileTimestamp", "roamingActivationType"})
public record ProfileAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("DeviceProfile") @Valid @Nullable DeviceProfile deviceProfile,
        @WireName("DeviceProfileTimestamp") @Nullable Instant deviceProfileTimestamp,
        @WireName("RoamingActivationType") @Nullable RoamingActivationType roamingActivationType) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static ProfileAnsBuilder builder() {
        return new ProfileAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public ProfileAnsBuilder toBuilder() {
        return new ProfileAnsBuilder(this);
    }
}
