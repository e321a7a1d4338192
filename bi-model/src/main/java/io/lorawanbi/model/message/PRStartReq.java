package io.lorawanbi.model.message;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.NumericString;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.validation.ByteLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A passive roaming start request from a forwarding NS to a serving NS (TS002 §3.2 "PRStartReq"),
 * carrying an uplink frame (a join-request or a data frame) and its metadata.
 *
 * <p>{@code DedupWindowSize} is not in the studied specification text; Helium sends it (as a number, and
 * in one version as a string) in both protocol versions, so it is modelled as optional in both.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param phyPayload {@code PHYPayload}: the uplink frame (required)
 * @param ulMetaData {@code ULMetaData}: the uplink metadata (required)
 * @param dedupWindowSize {@code DedupWindowSize}: the forwarder's deduplication window (Helium; units unverified) (optional)
 */
public record PRStartReq(
        @NotNull @Valid Header header,
        @WireName("PHYPayload") @NotNull @ByteLength(min = 1) HexBytes phyPayload,
        @WireName("ULMetaData") @NotNull @Valid ULMetaData ulMetaData,
        @WireName("DedupWindowSize") @NumericString @Min(0) @Max(4294967295L) @Nullable Long dedupWindowSize) implements BiRequest<PRStartAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static PRStartReqBuilder builder() {
        return new PRStartReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public PRStartReqBuilder toBuilder() {
        return new PRStartReqBuilder(this);
    }

    @Override
    public Class<PRStartAns> answerClass() {
        return PRStartAns.class;
    }
}
