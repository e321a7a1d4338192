package io.lorawanbi.testkit.client;

import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.testkit.client.BiClientException.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The transactions waiting for an asynchronous answer, keyed by the peer (the request's ReceiverID,
 * which is the answer's SenderID) and the TransactionID, which is unique among a requester's open
 * transactions with a peer (docs/reference.md §1.2). Bounded in number; each entry leaves when its
 * future completes, whether by an answer, a timeout, a cancellation or {@link #closeAll}.
 *
 * <p>Thread-safe.
 */
final class PendingAnswers {

    private record Key(PartyID peer, long transactionId) {}

    private record Entry<A extends BiAnswer>(Class<A> type, CompletableFuture<A> future, String description) {
        void offer(BiAnswer answer) {
            if (type.isInstance(answer)) {
                future.complete(type.cast(answer));
            } else {
                future.completeExceptionally(new BiClientException(Kind.MISMATCHED_ANSWER, -1, answer.result(), answer,
                        "the answer posted for " + description + " is a " + answer.messageType() + ", expected a "
                                + type.getSimpleName(), null));
            }
        }
    }

    private final Map<Key, Entry<?>> entries = new ConcurrentHashMap<>();
    private final int max;
    private final ScheduledExecutorService timer;
    private final AtomicLong unmatched = new AtomicLong();
    private final AtomicReference<String> lastUnmatched = new AtomicReference<>("");
    private boolean closed;

    PendingAnswers(int max, ScheduledExecutorService timer) {
        this.max = max;
        this.timer = timer;
    }

    /**
     * Registers a request; the future completes with its answer, or exceptionally after the timeout.
     *
     * @throws IllegalStateException if the same transaction is already pending, the bound is reached,
     *     or the receiver is closed
     */
    synchronized <A extends BiAnswer> CompletableFuture<A> register(BiRequest<A> request, Duration timeout) {
        Header h = Objects.requireNonNull(request.header(), "request header");
        PartyID peer = Objects.requireNonNull(h.receiverId(), "ReceiverID");
        long transactionId = Objects.requireNonNull(h.transactionId(), "TransactionID");
        if (closed) {
            throw new IllegalStateException("the answer receiver is closed");
        }
        Key key = new Key(peer, transactionId);
        Entry<?> existing = entries.get(key);
        if (existing != null && !existing.future().isDone()) {
            throw new IllegalStateException("TransactionID " + transactionId + " with " + peer
                    + " is already waiting for an answer");
        }
        if (entries.size() >= max) {
            // Entries whose future completed from outside may not have left yet.
            entries.values().removeIf(e -> e.future().isDone());
            if (entries.size() >= max) {
                throw new IllegalStateException("too many transactions waiting for an answer (" + max + ")");
            }
        }
        String description = h.messageType() + " " + transactionId + " to " + peer;
        CompletableFuture<A> future = new CompletableFuture<>();
        Entry<A> entry = new Entry<>(request.answerClass(), future, description);
        entries.put(key, entry);
        long unmatchedBefore = unmatched.get();
        ScheduledFuture<?> expiry = timer.schedule(() -> {
            entries.remove(key, entry); // before completing, so that whoever sees the failure sees the place free
            future.completeExceptionally(new BiClientException(Kind.TIMEOUT, "no answer to " + description + " within "
                    + timeout.toMillis() + " ms" + unmatchedNote(unmatchedBefore), null));
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        future.whenComplete((answer, failure) -> {
            entries.remove(key, entry);
            expiry.cancel(false);
        });
        return future;
    }

    /**
     * Completes the transaction an answer belongs to (with the answer, or with a failure when it is of
     * the wrong type), or counts it as unmatched.
     *
     * @return {@link IntakeOutcome#MATCHED} when a waiting transaction took it, else
     *     {@link IntakeOutcome#UNMATCHED}
     */
    IntakeOutcome deliver(BiAnswer answer) {
        Header h = answer.header();
        Entry<?> entry = take(h);
        if (entry == null) {
            unmatched(answer.messageType() + " " + h.transactionId() + " from " + h.senderId());
            return IntakeOutcome.UNMATCHED;
        }
        entry.offer(answer);
        return IntakeOutcome.MATCHED;
    }

    /**
     * Fails the transaction named by the header of a posted answer that the server refused (it does not
     * decode or breaks its version's rules), or counts it as unmatched.
     */
    void deliverRefused(Header h, String reason) {
        Entry<?> entry = h.messageType() == null || !h.messageType().isAnswer() ? null : take(h);
        if (entry == null) {
            unmatched("a refused " + h.messageType() + " (" + reason + ")");
        } else {
            entry.future().completeExceptionally(new BiClientException(Kind.UNDECODABLE,
                    "the answer posted for " + entry.description() + " is not valid: " + reason, null));
        }
    }

    private Entry<?> take(Header h) {
        Entry<?> entry = h.senderId() == null || h.transactionId() == null ? null
                : entries.remove(new Key(h.senderId(), h.transactionId()));
        return entry == null || entry.future().isDone() ? null : entry;
    }

    /** Counts a body that answers no pending transaction. */
    void unmatched(String what) {
        lastUnmatched.set(what);
        unmatched.incrementAndGet();
    }

    /** How many bodies answered no pending transaction. */
    long unmatchedCount() {
        return unmatched.get();
    }

    /** How many transactions are waiting (an entry whose future has completed is on its way out). */
    int size() {
        return (int) entries.values().stream().filter(e -> !e.future().isDone()).count();
    }

    /** Fails every waiting transaction and refuses new ones. */
    void closeAll() {
        List<Entry<?>> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(entries.values());
        }
        for (Entry<?> e : open) {
            e.future().completeExceptionally(new BiClientException(Kind.TRANSPORT,
                    "the answer receiver was closed while " + e.description() + " waited for its answer", null));
        }
    }

    private String unmatchedNote(long before) {
        long n = unmatched.get() - before;
        return n == 0 ? "" : "; " + n + " unmatched answer" + (n == 1 ? "" : "s") + " received meanwhile (last: "
                + lastUnmatched.get() + ")";
    }
}
