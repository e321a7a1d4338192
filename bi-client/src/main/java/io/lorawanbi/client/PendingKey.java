package io.lorawanbi.client;

import io.lorawanbi.model.PartyID;
import java.util.Objects;

/**
 * Identifies one pending asynchronous request: the {@code SenderID} it was sent with (which its answer
 * carries as {@code ReceiverID}) and its {@code TransactionID} (TS002 §2.2: unsigned 32-bit, unique
 * among the sender's pending requests).
 *
 * @param senderId the requester's SenderID, the answer's ReceiverID
 * @param transactionId the TransactionID, 0 to 4,294,967,295
 */
public record PendingKey(PartyID senderId, long transactionId) {

    /**
     * @throws NullPointerException if {@code senderId} is null
     * @throws IllegalArgumentException if {@code transactionId} is outside 0 to 2<sup>32</sup> − 1
     */
    public PendingKey {
        Objects.requireNonNull(senderId, "senderId");
        if (transactionId < 0 || transactionId > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("TransactionID must be 0 to 4294967295, was " + transactionId);
        }
    }
}
