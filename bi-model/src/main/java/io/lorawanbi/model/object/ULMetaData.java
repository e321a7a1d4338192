package io.lorawanbi.model.object;

import io.lorawanbi.model.AlwaysEmitted;
import io.lorawanbi.model.DevAddr;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.Measurement;
import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metadata of an uplink (TS002 §3.3 "ULMetaData"): DevEUI for a join-request, DevAddr for a data
 * frame, the reception time and the receiving gateways. Frequencies are in MHz.
 *
 * <p>{@code FNSULToken} is kept as the text that came (see {@link GWInfoElement}).
 *
 * <p>Immutable and thread-safe; rules are checked by validation.
 *
 * @param devEui {@code DevEUI}: the device, for join-requests (optional)
 * @param devAddr {@code DevAddr}: the device address, for data frames (optional)
 * @param fPort {@code FPort}: the frame port (optional)
 * @param fCntDown {@code FCntDown}: the downlink frame counter (optional)
 * @param fCntUp {@code FCntUp}: the uplink frame counter (optional)
 * @param confirmed {@code Confirmed}: whether the uplink is confirmed (optional)
 * @param dataRate {@code DataRate}: the data-rate index of the Regional Parameters (optional)
 * @param ulFreq {@code ULFreq}: the uplink frequency in MHz (optional)
 * @param margin {@code Margin}: the demodulation margin from DevStatusAns (optional)
 * @param battery {@code Battery}: the battery level from DevStatusAns (optional)
 * @param fnsUlToken {@code FNSULToken}: the forwarder's opaque token, returned verbatim in DLMetaData (optional)
 * @param recvTime {@code RecvTime}: when the uplink was received (required)
 * @param rfRegion {@code RFRegion}: the region name, an open set (EU868, US915, AS923-2, ...) (optional)
 * @param gwCnt {@code GWCnt}: the number of receiving gateways (optional)
 * @param gwInfo {@code GWInfo}: the receiving gateways (empty when absent)
 */
public record ULMetaData(
        @WireName("DevEUI") @Nullable EUI64 devEui,
        @WireName("DevAddr") @Nullable DevAddr devAddr,
        @WireName("FPort") @Min(0) @Max(255) @Nullable Integer fPort,
        @WireName("FCntDown") @Min(0) @Max(4294967295L) @Nullable Long fCntDown,
        @WireName("FCntUp") @Min(0) @Max(4294967295L) @Nullable Long fCntUp,
        @WireName("Confirmed") @Nullable Boolean confirmed,
        @WireName("DataRate") @Min(0) @Max(15) @Nullable Integer dataRate,
        @WireName("ULFreq") @PositiveOrZero @Nullable Double ulFreq,
        @WireName("Margin") @Measurement @Nullable Integer margin,
        @WireName("Battery") @Min(0) @Max(255) @Nullable Integer battery,
        @WireName("FNSULToken") @Nullable String fnsUlToken,
        @WireName("RecvTime") @NotNull Instant recvTime,
        @WireName("RFRegion") @Nullable String rfRegion,
        @WireName("GWCnt") @PositiveOrZero @Nullable Integer gwCnt,
        @WireName("GWInfo") @AlwaysEmitted List<@Valid GWInfoElement> gwInfo) {

    /** Copies the lists; {@code null} stands for an empty list. */
    public ULMetaData {
        gwInfo = gwInfo == null ? List.of() : List.copyOf(gwInfo);
    }
}
