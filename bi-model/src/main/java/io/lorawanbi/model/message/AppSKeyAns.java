package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.validation.PresentOnSuccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The Join Server's answer to an {@link AppSKeyReq} (TS002 §3.2 "AppSKeyAns"). AppSKey and SessionKeyID
 * are required on Success; error answers may carry the header and Result alone. DevEUI, an echo of the
 * request's, is optional even on Success: The Things Stack's own client accepts answers without it.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param devEui {@code DevEUI}: the device, echoed (optional)
 * @param appSKey {@code AppSKey}: the application session key; required on Success
 * @param sessionKeyId {@code SessionKeyID}: the session-key identifier, echoed; required on Success
 */
@PresentOnSuccess({"appSKey", "sessionKeyId"})
public record AppSKeyAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("DevEUI") @Nullable EUI64 devEui,
        @WireName("AppSKey") @Valid @Nullable KeyEnvelope appSKey,
        @WireName("SessionKeyID") @Nullable HexBytes sessionKeyId) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static AppSKeyAnsBuilder builder() {
        return new AppSKeyAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public AppSKeyAnsBuilder toBuilder() {
        return new AppSKeyAnsBuilder(this);
    }
}
