package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.object.VSExtension;
import io.lorawanbi.model.validation.ConsistentHeader;
import io.lorawanbi.model.validation.StrictNSIDs;
import io.lorawanbi.model.validation.SenderNSIDRequired;
import io.lorawanbi.model.validation.V1_0;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import org.jspecify.annotations.Nullable;

/**
 * The common header of every Backend Interfaces message (TS002 §2.1). On the wire its members sit at
 * the top level of the message object; in the model every message holds one {@code Header}, so a
 * header can exist, and an answer header can be derived, even when the rest of a message is broken.
 *
 * <p>Rules: ProtocolVersion, SenderID, ReceiverID, TransactionID (unsigned 32-bit) and MessageType
 * are required; SenderID and ReceiverID have the forms the MessageType's roles require (docs/reference.md §2.2);
 * SenderNSID and ReceiverNSID exist only in 1.1; in the optional {@link StrictNSIDs} group a
 * 1.1 request from a Network Server must carry SenderNSID.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor.
 *
 * @param protocolVersion {@code ProtocolVersion} (required)
 * @param senderId {@code SenderID}: NetID, JoinEUI or AS-ID by the sender's role (required)
 * @param receiverId {@code ReceiverID}: NetID, JoinEUI or AS-ID by the receiver's role (required)
 * @param transactionId {@code TransactionID}: 0 to 4294967295, chosen by the requester and copied
 *     into the answer (required)
 * @param messageType {@code MessageType} (required)
 * @param senderToken {@code SenderToken}: opaque, returned as ReceiverToken in the answer (optional)
 * @param receiverToken {@code ReceiverToken}: opaque (optional)
 * @param senderNsid {@code SenderNSID}: the sending NS's NSID, 1.1 only (optional)
 * @param receiverNsid {@code ReceiverNSID}: the receiving NS's NSID, 1.1 only (optional)
 * @param vsExtension {@code VSExtension}: a vendor-specific extension (optional)
 */
@ConsistentHeader
@SenderNSIDRequired(groups = StrictNSIDs.class)
public record Header(
        @WireName("ProtocolVersion") @NotNull ProtocolVersion protocolVersion,
        @WireName("SenderID") @NotNull PartyID senderId,
        @WireName("ReceiverID") @NotNull PartyID receiverId,
        @WireName("TransactionID") @NotNull @Min(0) @Max(4294967295L) Long transactionId,
        @WireName("MessageType") @NotNull MessageType messageType,
        @WireName("SenderToken") @Nullable HexBytes senderToken,
        @WireName("ReceiverToken") @Nullable HexBytes receiverToken,
        @WireName("SenderNSID") @Null(groups = V1_0.class, message = "is a 1.1 member, not allowed in 1.0") @Nullable EUI64 senderNsid,
        @WireName("ReceiverNSID") @Null(groups = V1_0.class, message = "is a 1.1 member, not allowed in 1.0") @Nullable EUI64 receiverNsid,
        @WireName("VSExtension") @Valid @Nullable VSExtension vsExtension) {

    /** The largest TransactionID: TransactionID is an unsigned 32-bit integer. */
    public static final long MAX_TRANSACTION_ID = 0xFFFF_FFFFL;

    /** A builder with no member set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this header's members. */
    public Builder toBuilder() {
        return new Builder()
                .protocolVersion(protocolVersion)
                .senderId(senderId)
                .receiverId(receiverId)
                .transactionId(transactionId)
                .messageType(messageType)
                .senderToken(senderToken)
                .receiverToken(receiverToken)
                .senderNsid(senderNsid)
                .receiverNsid(receiverNsid)
                .vsExtension(vsExtension);
    }

    /**
     * The header of the answer to this request header (docs/reference.md §2.3): ProtocolVersion and
     * TransactionID copied; the matching answer MessageType; SenderID and ReceiverID swapped; the
     * requester's SenderToken returned as ReceiverToken and its ReceiverToken as SenderToken; in 1.1
     * the NSIDs swapped as well (ReceiverNSID = the request's SenderNSID), in any other version none;
     * no VSExtension (an answer may set its own).
     *
     * @throws IllegalStateException if this is not the header of a request
     */
    public Header answerHeader() {
        if (messageType == null || !messageType.isRequest()) {
            throw new IllegalStateException("only a request has an answer; MessageType is " + messageType);
        }
        boolean withNsids = ProtocolVersion.V1_1.equals(protocolVersion);
        return new Header(protocolVersion, receiverId, senderId, transactionId,
                messageType.answerType().orElseThrow(),
                receiverToken, senderToken,
                withNsids ? receiverNsid : null,
                withNsids ? senderNsid : null,
                null);
    }

    /**
     * Builds {@link Header}s. Not thread-safe; every setter returns this builder.
     */
    public static final class Builder {
        private @Nullable ProtocolVersion protocolVersion;
        private @Nullable PartyID senderId;
        private @Nullable PartyID receiverId;
        private @Nullable Long transactionId;
        private @Nullable MessageType messageType;
        private @Nullable HexBytes senderToken;
        private @Nullable HexBytes receiverToken;
        private @Nullable EUI64 senderNsid;
        private @Nullable EUI64 receiverNsid;
        private @Nullable VSExtension vsExtension;

        private Builder() {}

        /** Sets {@code ProtocolVersion}. */
        public Builder protocolVersion(@Nullable ProtocolVersion value) {
            this.protocolVersion = value;
            return this;
        }

        /** Sets {@code SenderID}. */
        public Builder senderId(@Nullable PartyID value) {
            this.senderId = value;
            return this;
        }

        /** Sets {@code ReceiverID}. */
        public Builder receiverId(@Nullable PartyID value) {
            this.receiverId = value;
            return this;
        }

        /** Sets {@code TransactionID}. */
        public Builder transactionId(@Nullable Long value) {
            this.transactionId = value;
            return this;
        }

        /** Sets {@code MessageType}. */
        public Builder messageType(@Nullable MessageType value) {
            this.messageType = value;
            return this;
        }

        /** Sets {@code SenderToken}. */
        public Builder senderToken(@Nullable HexBytes value) {
            this.senderToken = value;
            return this;
        }

        /** Sets {@code ReceiverToken}. */
        public Builder receiverToken(@Nullable HexBytes value) {
            this.receiverToken = value;
            return this;
        }

        /** Sets {@code SenderNSID} (1.1 only). */
        public Builder senderNsid(@Nullable EUI64 value) {
            this.senderNsid = value;
            return this;
        }

        /** Sets {@code ReceiverNSID} (1.1 only). */
        public Builder receiverNsid(@Nullable EUI64 value) {
            this.receiverNsid = value;
            return this;
        }

        /** Sets {@code VSExtension}. */
        public Builder vsExtension(@Nullable VSExtension value) {
            this.vsExtension = value;
            return this;
        }

        /** The header; members not set are {@code null}, which validation reports where required. */
        public Header build() {
            return new Header(protocolVersion, senderId, receiverId, transactionId, messageType,
                    senderToken, receiverToken, senderNsid, receiverNsid, vsExtension);
        }
    }
}
