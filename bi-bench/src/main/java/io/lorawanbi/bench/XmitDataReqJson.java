package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * XmitDataReq as a hand-written data-binding record: header members and body, flat, hex as text.
 * Jakarta constraints state the rules the codec applies, for the {@code databind + Hibernate Validator}
 * baseline; plain databind ignores them.
 */
public record XmitDataReqJson(
        @JsonProperty("ProtocolVersion") @NotNull @Pattern(regexp = Rules.VERSION) String protocolVersion,
        @JsonProperty("SenderID") @NotNull @Pattern(regexp = Rules.NET_ID) String senderId,
        @JsonProperty("ReceiverID") @NotNull @Pattern(regexp = Rules.NET_ID) String receiverId,
        @JsonProperty("TransactionID") @NotNull @Min(0) @Max(Rules.MAX_U32) Long transactionId,
        @JsonProperty("MessageType") @NotNull @Pattern(regexp = Rules.REQUEST) String messageType,
        @JsonProperty("SenderToken") @Pattern(regexp = Rules.HEX) String senderToken,
        @JsonProperty("ReceiverToken") @Pattern(regexp = Rules.HEX) String receiverToken,
        @JsonProperty("SenderNSID") @Pattern(regexp = Rules.EUI) String senderNsid,
        @JsonProperty("ReceiverNSID") @Pattern(regexp = Rules.EUI) String receiverNsid,
        @JsonProperty("PHYPayload") @Pattern(regexp = Rules.HEX) String phyPayload,
        @JsonProperty("FRMPayload") @Pattern(regexp = Rules.HEX) String frmPayload,
        @JsonProperty("ULMetaData") @Valid ULMetaDataJson ulMetaData) {
}
