package io.lorawanbi.model.message;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A data transmission between Network Servers (TS002 §3.2 "XmitDataReq"): an uplink (with
 * ULMetaData) or a downlink (with DLMetaData), carrying exactly one of PHYPayload and FRMPayload.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param phyPayload {@code PHYPayload}: the frame; exactly one of PHYPayload and FRMPayload (optional)
 * @param frmPayload {@code FRMPayload}: the frame payload; exactly one of PHYPayload and FRMPayload (optional)
 * @param ulMetaData {@code ULMetaData}: uplink metadata; exactly one of ULMetaData and DLMetaData (optional)
 * @param dlMetaData {@code DLMetaData}: downlink metadata; exactly one of ULMetaData and DLMetaData (optional)
 */
@ExactlyOneOf({"phyPayload", "frmPayload"})
@ExactlyOneOf({"ulMetaData", "dlMetaData"})
public record XmitDataReq(
        @NotNull @Valid Header header,
        @WireName("PHYPayload") @Nullable HexBytes phyPayload,
        @WireName("FRMPayload") @Nullable HexBytes frmPayload,
        @WireName("ULMetaData") @Valid @Nullable ULMetaData ulMetaData,
        @WireName("DLMetaData") @Valid @Nullable DLMetaData dlMetaData) implements BiRequest<XmitDataAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static XmitDataReqBuilder builder() {
        return new XmitDataReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public XmitDataReqBuilder toBuilder() {
        return new XmitDataReqBuilder(this);
    }

    @Override
    public Class<XmitDataAns> answerClass() {
        return XmitDataAns.class;
    }
}
