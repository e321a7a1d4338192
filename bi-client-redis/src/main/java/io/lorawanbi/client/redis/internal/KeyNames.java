package io.lorawanbi.client.redis.internal;

import io.lorawanbi.client.PendingKey;
import io.lorawanbi.model.ASID;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.PartyID;

/**
 * Redis names of a store: {@code <prefix><form>:<SenderID>:<TransactionID>} for a pending key, where
 * form is {@code N} (NetID), {@code J} (JoinEUI) or {@code A} (AS-ID), so that identifiers of different
 * forms with the same text never share a key; {@code <prefix>answers} for the channel on which answers
 * are announced.
 */
public final class KeyNames {

    private final String prefix;

    public KeyNames(String prefix) {
        this.prefix = prefix;
    }

    public String key(PendingKey key) {
        PartyID id = key.senderId();
        String form = id instanceof EUI64 ? "J" : id instanceof ASID ? "A" : "N";
        return prefix + form + ':' + id + ':' + key.transactionId();
    }

    public String channel() {
        return prefix + "answers";
    }
}
