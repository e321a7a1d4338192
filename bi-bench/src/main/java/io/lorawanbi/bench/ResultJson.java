package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Result object as a hand-written data-binding record. */
public record ResultJson(
        @JsonProperty("ResultCode") String resultCode,
        @JsonProperty("Description") String description) {
}
