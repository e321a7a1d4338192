package io.lorawanbi.model.object;

import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.Measurement;
import io.lorawanbi.model.WireName;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * One gateway that received an uplink, or may send a downlink (TS002 §3.3 "GWInfoElement"). All
 * members are optional; in downlinks an element usually holds only {@code ULToken}.
 *
 * <p>{@code ID} is opaque bytes of any length: ChirpStack sends the last 4 bytes of the gateway EUI,
 * Helium an ID derived from the gateway MAC. Newer Helium emitters use the key {@code GWID}, accepted as
 * an alias. {@code ULToken} is kept as the text that came, because peers mint it as hex or as base58
 * text and expect it back verbatim.
 *
 * <p>Immutable and thread-safe; rules are checked by validation.
 *
 * @param id {@code ID}: the gateway identifier (optional)
 * @param fineRecvTime {@code FineRecvTime}: nanoseconds within the second of RecvTime (optional)
 * @param rfRegion {@code RFRegion}: the region (optional)
 * @param rssi {@code RSSI}: received signal strength in dBm (optional)
 * @param snr {@code SNR}: signal to noise ratio in dB (optional)
 * @param lat {@code Lat}: gateway latitude in degrees (optional)
 * @param lon {@code Lon}: gateway longitude in degrees (optional)
 * @param ulToken {@code ULToken}: the forwarder's opaque token for this gateway, returned verbatim in DLMetaData (optional)
 * @param dlAllowed {@code DLAllowed}: whether this gateway may be used for a downlink (optional)
 */
public record GWInfoElement(
        @WireName(value = "ID", aliases = {"GWID"}) @Nullable HexBytes id,
        @WireName("FineRecvTime") @Measurement @Min(0) @Max(999999999L) @Nullable Long fineRecvTime,
        @WireName("RFRegion") @Nullable String rfRegion,
        @WireName("RSSI") @Measurement @Nullable Integer rssi,
        @WireName("SNR") @Nullable Double snr,
        @WireName("Lat")
                @DecimalMin(value = "-90", message = "must be greater than or equal to {value}")
                @DecimalMax(value = "90", message = "must be less than or equal to {value}") @Nullable Double lat,
        @WireName("Lon")
                @DecimalMin(value = "-180", message = "must be greater than or equal to {value}")
                @DecimalMax(value = "180", message = "must be less than or equal to {value}") @Nullable Double lon,
        @WireName("ULToken") @Nullable String ulToken,
        @WireName("DLAllowed") @Nullable Boolean dlAllowed) {
}
