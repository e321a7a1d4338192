package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** One GWInfo element as a hand-written data-binding record, with the constraints of the codec's rules. */
public record GWInfoJson(
        @JsonProperty("ID") @Pattern(regexp = Rules.HEX) String id,
        @JsonProperty("FineRecvTime") @Min(0) @Max(999999999L) Long fineRecvTime,
        @JsonProperty("RFRegion") String rfRegion,
        @JsonProperty("RSSI") Integer rssi,
        @JsonProperty("SNR") Double snr,
        @JsonProperty("Lat") @DecimalMin("-90") @DecimalMax("90") Double lat,
        @JsonProperty("Lon") @DecimalMin("-180") @DecimalMax("180") Double lon,
        @JsonProperty("ULToken") String ulToken,
        @JsonProperty("DLAllowed") Boolean dlAllowed) {
}
