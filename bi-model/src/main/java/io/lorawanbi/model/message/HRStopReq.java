package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A handover roaming stop request between the home and serving NS (TS002 §3.2 "HRStopReq").
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param devEui {@code DevEUI}: the device, most significant byte first (required)
 */
public record HRStopReq(
        @NotNull @Valid Header header,
        @WireName("DevEUI") @NotNull EUI64 devEui) implements BiRequest<HRStopAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static HRStopReqBuilder builder() {
        return new HRStopReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public HRStopReqBuilder toBuilder() {
        return new HRStopReqBuilder(this);
    }

    @Override
    public Class<HRStopAns> answerClass() {
        return HRStopAns.class;
    }
}
