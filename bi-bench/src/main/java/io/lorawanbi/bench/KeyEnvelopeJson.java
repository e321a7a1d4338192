package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A KeyEnvelope as a hand-written data-binding record, the key as hex text. */
public record KeyEnvelopeJson(
        @JsonProperty("KEKLabel") String kekLabel,
        @JsonProperty("AESKey") @NotNull @Pattern(regexp = Rules.AES_KEY) String aesKey) {
}
