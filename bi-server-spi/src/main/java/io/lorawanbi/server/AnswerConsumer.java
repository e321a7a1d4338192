package io.lorawanbi.server;

import io.lorawanbi.model.message.BiAnswer;
import java.util.concurrent.CompletionStage;

/**
 * Takes the answers that peers POST to this endpoint on their own (docs/reference.md §1.2): a peer
 * that answers asynchronously acknowledges a request with an empty 2xx response and later POSTs its
 * answer (a HomeNSAns, an XmitDataAns, any {@link BiAnswer}) to the requester's Backend Interfaces
 * endpoint, where the requester matches it to its pending request by the answer's SenderID (the
 * request's ReceiverID) and TransactionID. Register one with {@link BiServer.Builder#answerConsumer}.
 *
 * <p>Before the consumer runs, {@link BiServer} has authenticated the answer's sender with the same
 * {@link SenderAuthenticator} as requests, checked its ReceiverID, and decoded and validated the whole
 * answer. The consumer runs on the handler executor under the handler timeout, as handlers do; the
 * peer's POST is acknowledged with HTTP 200 and an empty body once the stage completes. A consumer
 * that throws, fails its stage, completes with {@code null} or misses the deadline gets the POST
 * answered with HTTP 500 and a bare {@code Result} ({@code Other}), so that a peer that retries
 * delivers the answer again.
 *
 * <p>Implementations must be thread-safe and should complete quickly: hand the answer over (to a
 * pending-answer store, a queue) rather than process it on the request path.
 */
@FunctionalInterface
public interface AnswerConsumer {

    /**
     * Takes one posted answer.
     *
     * @param answer the decoded, validated answer; its SenderID is the authenticated peer's
     * @param context the authenticated peer, the deadline, the received body and transport attributes
     * @return whether the answer matched a pending request; reported to
     *     {@link ServerListener#answerReceived}
     */
    CompletionStage<IntakeOutcome> accept(BiAnswer answer, IntakeContext context);
}
