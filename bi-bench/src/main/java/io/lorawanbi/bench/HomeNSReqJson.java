package io.lorawanbi.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/** HomeNSReq as a hand-written data-binding record: header members and body, flat, hex as text. */
public record HomeNSReqJson(
        @JsonProperty("ProtocolVersion") String protocolVersion,
        @JsonProperty("SenderID") String senderId,
        @JsonProperty("ReceiverID") String receiverId,
        @JsonProperty("TransactionID") long transactionId,
        @JsonProperty("MessageType") String messageType,
        @JsonProperty("SenderToken") String senderToken,
        @JsonProperty("ReceiverToken") String receiverToken,
        @JsonProperty("SenderNSID") String senderNsid,
        @JsonProperty("ReceiverNSID") String receiverNsid,
        @JsonProperty("DevEUI") String devEui) {
}
