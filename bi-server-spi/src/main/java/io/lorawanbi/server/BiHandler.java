package io.lorawanbi.server;

import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import java.util.concurrent.CompletionStage;

/**
 * Answers one request type (TS002 §3.1): a {@code BiHandler<JoinReq, JoinAns>} turns a JoinReq into
 * its JoinAns. The server has already decoded and validated the request, authenticated its sender
 * and checked its ReceiverID; it validates and encodes the answer. For HomeNSReq, the simpler
 * {@link HomeNSHandler} derives the whole answer itself.
 *
 * <p>Implementations must be thread-safe. They may complete later (an event-loop server is not
 * blocked); a handler that throws, fails its stage or misses {@link RequestContext#deadline()} is
 * answered with {@code Other}.
 *
 * @param <Q> the request type
 * @param <A> its answer type
 */
@FunctionalInterface
public interface BiHandler<Q extends BiRequest<A>, A extends BiAnswer> {

    /**
     * Answers a request.
     *
     * @param request the decoded, validated request
     * @param context the authenticated peer, the deadline and transport attributes
     * @return the answer; its header should be {@code request.header().answerHeader()}
     */
    CompletionStage<A> handle(Q request, RequestContext context);
}
