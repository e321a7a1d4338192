package io.lorawanbi.model.object;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.WireName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * A service profile: the roaming service a network grants a device (TS002 §3.3 "ServiceProfile").
 * Key names follow ChirpStack and brocaar, which agree: the profile ID is keyed {@code ServiceProfile}
 * (the specification may say {@code ServiceProfile-ID}, accepted as an alias), and the battery flag is
 * {@code ReportDevStatusBatery} (sic, the specification's spelling). brocaar's {@code RAAAllowed} is
 * accepted as an alias of {@code RAAllowed}.
 *
 * <p>Immutable and thread-safe; rules are checked by validation.
 *
 * @param serviceProfileId {@code ServiceProfile}: the service-profile ID (optional)
 * @param ulRate {@code ULRate}: uplink rate (optional)
 * @param ulBucketSize {@code ULBucketSize}: uplink bucket size (optional)
 * @param ulRatePolicy {@code ULRatePolicy}: uplink rate policy (optional)
 * @param dlRate {@code DLRate}: downlink rate (optional)
 * @param dlBucketSize {@code DLBucketSize}: downlink bucket size (optional)
 * @param dlRatePolicy {@code DLRatePolicy}: downlink rate policy (optional)
 * @param addGwMetadata {@code AddGWMetadata}: whether gateway metadata is added (optional)
 * @param devStatusReqFreq {@code DevStatusReqFreq}: device status requests per day (optional)
 * @param reportDevStatusBattery {@code ReportDevStatusBatery}: whether the battery level is reported (optional)
 * @param reportDevStatusMargin {@code ReportDevStatusMargin}: whether the margin is reported (optional)
 * @param drMin {@code DRMin}: least data-rate index (optional)
 * @param drMax {@code DRMax}: greatest data-rate index (optional)
 * @param channelMask {@code ChannelMask}: channel mask (optional)
 * @param prAllowed {@code PRAllowed}: whether passive roaming is allowed (optional)
 * @param hrAllowed {@code HRAllowed}: whether handover roaming is allowed (optional)
 * @param raAllowed {@code RAAllowed}: whether roaming activation is allowed (optional)
 * @param nwkGeoLoc {@code NwkGeoLoc}: whether network geolocation is enabled (optional)
 * @param targetPer {@code TargetPER}: target packet error rate, a fraction (optional)
 * @param minGwDiversity {@code MinGWDiversity}: least number of receiving gateways (optional)
 */
public record ServiceProfile(
        @WireName(value = "ServiceProfile", aliases = {"ServiceProfile-ID"}) @Nullable String serviceProfileId,
        @WireName("ULRate") @PositiveOrZero @Nullable Integer ulRate,
        @WireName("ULBucketSize") @PositiveOrZero @Nullable Integer ulBucketSize,
        @WireName("ULRatePolicy") @Nullable RatePolicy ulRatePolicy,
        @WireName("DLRate") @PositiveOrZero @Nullable Integer dlRate,
        @WireName("DLBucketSize") @PositiveOrZero @Nullable Integer dlBucketSize,
        @WireName("DLRatePolicy") @Nullable RatePolicy dlRatePolicy,
        @WireName("AddGWMetadata") @Nullable Boolean addGwMetadata,
        @WireName("DevStatusReqFreq") @PositiveOrZero @Nullable Integer devStatusReqFreq,
        @WireName(value = "ReportDevStatusBatery", aliases = {"ReportDevStatusBattery"}) @Nullable Boolean reportDevStatusBattery,
        @WireName("ReportDevStatusMargin") @Nullable Boolean reportDevStatusMargin,
        @WireName("DRMin") @Min(0) @Max(15) @Nullable Integer drMin,
        @WireName("DRMax") @Min(0) @Max(15) @Nullable Integer drMax,
        @WireName("ChannelMask") @Nullable HexBytes channelMask,
        @WireName("PRAllowed") @Nullable Boolean prAllowed,
        @WireName("HRAllowed") @Nullable Boolean hrAllowed,
        @WireName(value = "RAAllowed", aliases = {"RAAAllowed"}) @Nullable Boolean raAllowed,
        @WireName("NwkGeoLoc") @Nullable Boolean nwkGeoLoc,
        @WireName("TargetPER")
                @DecimalMin(value = "0", message = "must be greater than or equal to {value}")
                @DecimalMax(value = "1", message = "must be less than or equal to {value}") @Nullable Double targetPer,
        @WireName("MinGWDiversity") @PositiveOrZero @Nullable Integer minGwDiversity) {
}
