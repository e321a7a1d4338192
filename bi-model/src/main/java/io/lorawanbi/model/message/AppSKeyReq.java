package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.ByteLength;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An Application Server's request for a device's AppSKey from the Join Server (TS002 §3.2
 * "AppSKeyReq"). Its SenderID is an AS-ID.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param devEui {@code DevEUI}: the device, most significant byte first (required)
 * @param sessionKeyId {@code SessionKeyID}: the session-key identifier from the JoinAns (required)
 */
public record AppSKeyReq(
        @NotNull @Valid Header header,
        @WireName("DevEUI") @NotNull EUI64 devEui,
        @WireName("SessionKeyID") @NotNull @ByteLength(min = 1) HexBytes sessionKeyId) implements BiRequest<AppSKeyAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static AppSKeyReqBuilder builder() {
        return new AppSKeyReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public AppSKeyReqBuilder toBuilder() {
        return new AppSKeyReqBuilder(this);
    }

    @Override
    public Class<AppSKeyAns> answerClass() {
        return AppSKeyAns.class;
    }
}
