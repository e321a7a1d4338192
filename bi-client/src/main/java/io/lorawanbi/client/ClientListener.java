package io.lorawanbi.client;

import io.lorawanbi.model.message.Header;
import java.util.List;

/**
 * Hears what a {@link BiClient} tolerates or cannot place: answer headers that depart from the derived
 * one, answers posted after their request ended, answers that match no request. The default,
 * {@link #logging()}, writes them to the {@code System.Logger} {@code io.lorawanbi.client.BiClient}.
 *
 * <p>Called on the thread that completes the exchange or hands over the answer: keep calls short and
 * do not throw (a throwing listener is logged and ignored).
 */
public interface ClientListener {

    /**
     * An answer was accepted although its header departs from the derived one.
     *
     * @param peer the peer that answered
     * @param request the request's header
     * @param warnings the departures, not empty
     */
    default void answerWarnings(BiPeer peer, Header request, List<AnswerWarning> warnings) {}

    /**
     * An answer arrived for a request that had timed out or was cancelled; it is not used.
     *
     * @param key the answer's ReceiverID and TransactionID
     */
    default void lateAnswer(PendingKey key) {}

    /**
     * A body handed to {@link BiClient#acceptAnswer(byte[])} matched no pending request.
     *
     * @param description what it was, without its content
     */
    default void unmatchedAnswer(String description) {}

    /** A listener that ignores everything: tolerated departures are then only in {@link CheckedAnswer}. */
    static ClientListener none() {
        return new ClientListener() {};
    }

    /**
     * The default: departures and late answers at WARNING, unmatched answers at INFO, on the
     * {@code System.Logger} {@code io.lorawanbi.client.BiClient}.
     */
    static ClientListener logging() {
        System.Logger log = System.getLogger("io.lorawanbi.client.BiClient");
        return new ClientListener() {
            @Override
            public void answerWarnings(BiPeer peer, Header request, List<AnswerWarning> warnings) {
                log.log(System.Logger.Level.WARNING, () -> "the answer to " + request.messageType() + " "
                        + request.transactionId() + " from " + peer.displayEndpoint() + " departs from the derived header: "
                        + String.join("; ", warnings.stream().map(AnswerWarning::message).toList()));
            }

            @Override
            public void lateAnswer(PendingKey key) {
                log.log(System.Logger.Level.WARNING, () -> "an answer to TransactionID " + key.transactionId() + " of "
                        + key.senderId() + " arrived after its request ended; it is not used");
            }

            @Override
            public void unmatchedAnswer(String description) {
                log.log(System.Logger.Level.INFO, () -> "a posted answer matched no pending request: " + description);
            }
        };
    }
}
