package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A passive roaming stop request from the serving NS to a forwarding NS (TS002 §3.2 "PRStopReq").
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param devEui {@code DevEUI}: the device, most significant byte first (required)
 * @param lifetime {@code Lifetime}: session lifetime in seconds (optional)
 */
public record PRStopReq(
        @NotNull @Valid Header header,
        @WireName("DevEUI") @NotNull EUI64 devEui,
        @WireName("Lifetime") @Min(0) @Max(4294967295L) @Nullable Long lifetime) implements BiRequest<PRStopAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static PRStopReqBuilder builder() {
        return new PRStopReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public PRStopReqBuilder toBuilder() {
        return new PRStopReqBuilder(this);
    }

    @Override
    public Class<PRStopAns> answerClass() {
        return PRStopAns.class;
    }
}
