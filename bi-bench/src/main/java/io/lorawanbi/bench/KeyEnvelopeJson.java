package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A KeyEnvelope as a hand-written data-binding record, the key as hex text. */
public record KeyEnvelopeJson(
        @JsonProperty("KEKLabel") String kekLabel,
        @JsonProperty("AESKey") String aesKey) {
}
