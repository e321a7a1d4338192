package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A serving NS's request for a device's profile from the home NS (TS002 §3.2 "ProfileReq").
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param devEui {@code DevEUI}: the device, most significant byte first (required)
 */
public record ProfileReq(
        @NotNull @Valid Header header,
        @WireName("DevEUI") @NotNull EUI64 devEui) implements BiRequest<ProfileAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static ProfileReqBuilder builder() {
        return new ProfileReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public ProfileReqBuilder toBuilder() {
        return new ProfileReqBuilder(this);
    }

    @Override
    public Class<ProfileAns> answerClass() {
        return ProfileAns.class;
    }
}
