package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** The Result object as a hand-written data-binding record. */
public record ResultJson(
        @JsonProperty("ResultCode") @NotNull String resultCode,
        @JsonProperty("Description") String description) {
}
