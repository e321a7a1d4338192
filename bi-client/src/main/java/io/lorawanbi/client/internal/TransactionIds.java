package io.lorawanbi.client.internal;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TransactionIDs for requests sent without one (TS002 §2.2: unsigned 32-bit, unique among the sender's
 * pending requests): a counter from a random start, wrapping at 2<sup>32</sup>. The random start keeps
 * instances that share a SenderID (and a pending store) apart; the store's refusal of a key already
 * pending catches the rest, and the client then takes the next. Thread-safe.
 */
public final class TransactionIds {

    private final AtomicLong next = new AtomicLong(new SecureRandom().nextInt() & 0xFFFF_FFFFL);

    /** The next TransactionID, 0 to 4,294,967,295. */
    public long next() {
        return next.getAndIncrement() & 0xFFFF_FFFFL;
    }
}
