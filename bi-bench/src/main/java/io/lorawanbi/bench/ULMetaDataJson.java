package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** ULMetaData as a hand-written data-binding record, with the constraints of the codec's rules. */
public record ULMetaDataJson(
        @JsonProperty("DevEUI") @Pattern(regexp = Rules.EUI) String devEui,
        @JsonProperty("DevAddr") @Pattern(regexp = Rules.DEV_ADDR) String devAddr,
        @JsonProperty("FPort") @Min(0) @Max(255) Integer fPort,
        @JsonProperty("FCntDown") @Min(0) @Max(Rules.MAX_U32) Long fCntDown,
        @JsonProperty("FCntUp") @Min(0) @Max(Rules.MAX_U32) Long fCntUp,
        @JsonProperty("Confirmed") Boolean confirmed,
        @JsonProperty("DataRate") @Min(0) @Max(15) Integer dataRate,
        @JsonProperty("ULFreq") @PositiveOrZero Double ulFreq,
        @JsonProperty("Margin") Integer margin,
        @JsonProperty("Battery") @Min(0) @Max(255) Integer battery,
        @JsonProperty("FNSULToken") String fnsUlToken,
        @JsonProperty("RecvTime") @NotNull String recvTime,
        @JsonProperty("RFRegion") String rfRegion,
        @JsonProperty("GWCnt") @PositiveOrZero Integer gwCnt,
        @JsonProperty("GWInfo") List<@Valid GWInfoJson> gwInfo) {
}
