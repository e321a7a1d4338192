package io.lorawanbi.model.message;

import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * The answer to an {@link XmitDataReq} (TS002 §3.2 "XmitDataAns"), with the downlink frequencies
 * actually used.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param dlFreq1 {@code DLFreq1}: RX1 frequency used, in MHz (optional)
 * @param dlFreq2 {@code DLFreq2}: RX2 frequency used, in MHz (optional)
 */
public record XmitDataAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("DLFreq1") @PositiveOrZero @Nullable Double dlFreq1,
        @WireName("DLFreq2") @PositiveOrZero @Nullable Double dlFreq2) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static XmitDataAnsBuilder builder() {
        return new XmitDataAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public XmitDataAnsBuilder toBuilder() {
        return new XmitDataAnsBuilder(this);
    }
}
