package io.lorawanbi.model.object;

import io.lorawanbi.model.MACVersion;
import io.lorawanbi.model.Measurement;
import io.lorawanbi.model.WireName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A device profile: the device's radio capabilities (TS002 §3.3 "DeviceProfile"). Key names follow the
 * published TS002 schema, with brocaar's spellings accepted as aliases: {@code PingSlotDR} (brocaar
 * {@code PingSLotDR}) and {@code PingSlotFreq} (the schema's {@code PingSlotFrequency}). Frequencies
 * are in MHz; MaxDutyCycle is a fraction.
 *
 * <p>Immutable and thread-safe; rules are checked by validation.
 *
 * @param deviceProfileId {@code DeviceProfileID}: the device-profile ID (optional)
 * @param supportsClassB {@code SupportsClassB}: whether the device supports class B (optional)
 * @param classBTimeout {@code ClassBTimeout}: class B confirmed downlink timeout in seconds (optional)
 * @param pingSlotPeriod {@code PingSlotPeriod}: class B ping-slot period (optional)
 * @param pingSlotDr {@code PingSlotDR}: class B ping-slot data-rate index (optional)
 * @param pingSlotFreq {@code PingSlotFreq}: class B ping-slot frequency in MHz (optional)
 * @param supportsClassC {@code SupportsClassC}: whether the device supports class C (optional)
 * @param classCTimeout {@code ClassCTimeout}: class C confirmed downlink timeout in seconds (optional)
 * @param macVersion {@code MACVersion}: the LoRaWAN L2 version (optional)
 * @param regParamsRevision {@code RegParamsRevision}: the Regional Parameters revision, for example B (optional)
 * @param supportsJoin {@code SupportsJoin}: whether the device supports OTAA (optional)
 * @param rxDelay1 {@code RXDelay1}: the RX1 delay in seconds (optional)
 * @param rxDrOffset1 {@code RXDROffset1}: the RX1 data-rate offset (optional)
 * @param rxDataRate2 {@code RXDataRate2}: the RX2 data rate (unit uncertain: DR index or bit/s) (optional)
 * @param rxFreq2 {@code RXFreq2}: the RX2 frequency in MHz (optional)
 * @param factoryPresetFreqs {@code FactoryPresetFreqs}: factory preset frequencies in MHz (empty when absent)
 * @param maxEirp {@code MaxEIRP}: maximum EIRP in dBm (optional)
 * @param maxDutyCycle {@code MaxDutyCycle}: maximum duty cycle, a fraction (optional)
 * @param rfRegion {@code RFRegion}: the region name (optional)
 * @param supports32BitFCnt {@code Supports32bitFCnt}: whether the device uses 32-bit frame counters (optional)
 */
public record DeviceProfile(
        @WireName(value = "DeviceProfileID", aliases = {"DeviceProfile-ID"}) @Nullable String deviceProfileId,
        @WireName("SupportsClassB") @Nullable Boolean supportsClassB,
        @WireName("ClassBTimeout") @PositiveOrZero @Nullable Integer classBTimeout,
        @WireName("PingSlotPeriod") @PositiveOrZero @Nullable Integer pingSlotPeriod,
        @WireName(value = "PingSlotDR", aliases = {"PingSLotDR"}) @Min(0) @Max(15) @Nullable Integer pingSlotDr,
        @WireName(value = "PingSlotFreq", aliases = {"PingSlotFrequency"}) @PositiveOrZero @Nullable Double pingSlotFreq,
        @WireName("SupportsClassC") @Nullable Boolean supportsClassC,
        @WireName("ClassCTimeout") @PositiveOrZero @Nullable Integer classCTimeout,
        @WireName("MACVersion") @Nullable MACVersion macVersion,
        @WireName("RegParamsRevision") @Nullable String regParamsRevision,
        @WireName("SupportsJoin") @Nullable Boolean supportsJoin,
        @WireName("RXDelay1") @Min(0) @Max(15) @Nullable Integer rxDelay1,
        @WireName("RXDROffset1") @Min(0) @Max(7) @Nullable Integer rxDrOffset1,
        @WireName("RXDataRate2") @PositiveOrZero @Nullable Integer rxDataRate2,
        @WireName("RXFreq2") @PositiveOrZero @Nullable Double rxFreq2,
        @WireName("FactoryPresetFreqs") List<@PositiveOrZero Double> factoryPresetFreqs,
        @WireName("MaxEIRP") @Measurement @Nullable Integer maxEirp,
        @WireName("MaxDutyCycle")
                @DecimalMin(value = "0", message = "must be greater than or equal to {value}")
                @DecimalMax(value = "1", message = "must be less than or equal to {value}") @Nullable Double maxDutyCycle,
        @WireName("RFRegion") @Nullable String rfRegion,
        @WireName("Supports32bitFCnt") @Nullable Boolean supports32BitFCnt) {

    /** Copies the lists; {@code null} stands for an empty list. */
    public DeviceProfile {
        factoryPresetFreqs = factoryPresetFreqs == null ? List.of() : List.copyOf(factoryPresetFreqs);
    }
}
