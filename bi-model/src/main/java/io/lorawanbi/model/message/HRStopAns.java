package io.lorawanbi.model.message;

import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The answer to an {@link HRStopReq} (TS002 §3.2 "HRStopAns").
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 */
public record HRStopAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static HRStopAnsBuilder builder() {
        return new HRStopAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public HRStopAnsBuilder toBuilder() {
        return new HRStopAnsBuilder(this);
    }
}
