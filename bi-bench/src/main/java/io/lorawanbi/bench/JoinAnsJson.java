package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** JoinAns as a hand-written data-binding record: header members and body, flat, hex as text, with
 * the constraints of the codec's rules for the Hibernate Validator baseline. */
public record JoinAnsJson(
        @JsonProperty("ProtocolVersion") @NotNull @Pattern(regexp = Rules.VERSION) String protocolVersion,
        @JsonProperty("SenderID") @NotNull @Pattern(regexp = Rules.EUI) String senderId,
        @JsonProperty("ReceiverID") @NotNull @Pattern(regexp = Rules.NET_ID) String receiverId,
        @JsonProperty("TransactionID") @NotNull @Min(0) @Max(Rules.MAX_U32) Long transactionId,
        @JsonProperty("MessageType") @NotNull @Pattern(regexp = Rules.ANSWER) String messageType,
        @JsonProperty("SenderToken") @Pattern(regexp = Rules.HEX) String senderToken,
        @JsonProperty("ReceiverToken") @Pattern(regexp = Rules.HEX) String receiverToken,
        @JsonProperty("SenderNSID") @Pattern(regexp = Rules.EUI) String senderNsid,
        @JsonProperty("ReceiverNSID") @Pattern(regexp = Rules.EUI) String receiverNsid,
        @JsonProperty("Result") @NotNull @Valid ResultJson result,
        @JsonProperty("PHYPayload") @Pattern(regexp = Rules.HEX) String phyPayload,
        @JsonProperty("Lifetime") @Min(0) @Max(Rules.MAX_U32) Long lifetime,
        @JsonProperty("SNwkSIntKey") @Valid KeyEnvelopeJson sNwkSIntKey,
        @JsonProperty("FNwkSIntKey") @Valid KeyEnvelopeJson fNwkSIntKey,
        @JsonProperty("NwkSEncKey") @Valid KeyEnvelopeJson nwkSEncKey,
        @JsonProperty("NwkSKey") @Valid KeyEnvelopeJson nwkSKey,
        @JsonProperty("AppSKey") @Valid KeyEnvelopeJson appSKey,
        @JsonProperty("SessionKeyID") @Pattern(regexp = Rules.HEX) String sessionKeyId) {
}
