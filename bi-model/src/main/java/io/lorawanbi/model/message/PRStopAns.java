package io.lorawanbi.model.message;

import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The answer to a {@link PRStopReq} (TS002 §3.2 "PRStopAns").
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 */
public record PRStopAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static PRStopAnsBuilder builder() {
        return new PRStopAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public PRStopAnsBuilder toBuilder() {
        return new PRStopAnsBuilder(this);
    }
}
