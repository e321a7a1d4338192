package io.lorawanbi.model.message;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.validation.PresentOnSuccess;
import io.lorawanbi.model.validation.AtLeastOneOnSuccess;
import io.lorawanbi.model.validation.Outbound;
import io.lorawanbi.model.validation.SessionKeysOnSuccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The Join Server's answer to a {@link JoinReq} (TS002 §3.2 "JoinAns"): on Success the encrypted
 * join-accept and the session keys, either {@code NwkSKey} (LoRaWAN 1.0.x devices) or
 * {@code FNwkSIntKey}, {@code SNwkSIntKey} and {@code NwkSEncKey} (LoRaWAN 1.1 devices).
 *
 * <p>A Success answer this library emits also carries AppSKey or SessionKeyID, or both (TS002 §3.2:
 * the Network Server hands AppSKey on, or the Application Server fetches it by SessionKeyID); one
 * read from a peer without either is accepted (rule group {@link Outbound}).
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param phyPayload {@code PHYPayload}: the encrypted join-accept frame; required on Success
 * @param lifetime {@code Lifetime}: session lifetime in seconds (optional)
 * @param sNwkSIntKey {@code SNwkSIntKey}: serving network session integrity key, LoRaWAN 1.1 devices (optional)
 * @param fNwkSIntKey {@code FNwkSIntKey}: forwarding network session integrity key, LoRaWAN 1.1 devices (optional)
 * @param nwkSEncKey {@code NwkSEncKey}: network session encryption key, LoRaWAN 1.1 devices (optional)
 * @param nwkSKey {@code NwkSKey}: network session key, LoRaWAN 1.0.x devices (optional)
 * @param appSKey {@code AppSKey}: application session key, when the Join Server hands it to the NS (optional)
 * @param sessionKeyId {@code SessionKeyID}: opaque session-key identifier for a later AppSKeyReq (optional)
 */
@PresentOnSuccess("phyPayload")
@SessionKeysOnSuccess
@AtLeastOneOnSuccess(value = {"appSKey", "sessionKeyId"}, groups = Outbound.class)
public record JoinAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("PHYPayload") @Nullable HexBytes phyPayload,
        @WireName("Lifetime") @Min(0) @Max(4294967295L) @Nullable Long lifetime,
        @WireName("SNwkSIntKey") @Valid @Nullable KeyEnvelope sNwkSIntKey,
        @WireName("FNwkSIntKey") @Valid @Nullable KeyEnvelope fNwkSIntKey,
        @WireName("NwkSEncKey") @Valid @Nullable KeyEnvelope nwkSEncKey,
        @WireName("NwkSKey") @Valid @Nullable KeyEnvelope nwkSKey,
        @WireName("AppSKey") @Valid @Nullable KeyEnvelope appSKey,
        @WireName("SessionKeyID") @Nullable HexBytes sessionKeyId) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static JoinAnsBuilder builder() {
        return new JoinAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public JoinAnsBuilder toBuilder() {
        return new JoinAnsBuilder(this);
    }
}
