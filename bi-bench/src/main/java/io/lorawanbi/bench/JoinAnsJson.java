package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** JoinAns as a hand-written data-binding record: header members and body, flat, hex as text. */
public record JoinAnsJson(
        @JsonProperty("ProtocolVersion") String protocolVersion,
        @JsonProperty("SenderID") String senderId,
        @JsonProperty("ReceiverID") String receiverId,
        @JsonProperty("TransactionID") long transactionId,
        @JsonProperty("MessageType") String messageType,
        @JsonProperty("SenderToken") String senderToken,
        @JsonProperty("ReceiverToken") String receiverToken,
        @JsonProperty("SenderNSID") String senderNsid,
        @JsonProperty("ReceiverNSID") String receiverNsid,
        @JsonProperty("Result") ResultJson result,
        @JsonProperty("PHYPayload") String phyPayload,
        @JsonProperty("Lifetime") Long lifetime,
        @JsonProperty("SNwkSIntKey") KeyEnvelopeJson sNwkSIntKey,
        @JsonProperty("FNwkSIntKey") KeyEnvelopeJson fNwkSIntKey,
        @JsonProperty("NwkSEncKey") KeyEnvelopeJson nwkSEncKey,
        @JsonProperty("NwkSKey") KeyEnvelopeJson nwkSKey,
        @JsonProperty("AppSKey") KeyEnvelopeJson appSKey,
        @JsonProperty("SessionKeyID") String sessionKeyId) {
}
