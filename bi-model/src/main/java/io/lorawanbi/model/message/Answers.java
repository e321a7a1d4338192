package io.lorawanbi.model.message;

import io.lorawanbi.model.MessageType;
import java.util.Objects;

/**
 * Builds the answer that carries only a header and a {@link Result}: what a receiver sends when it
 * refuses a request (docs/reference.md §4.3), for any answer type.
 *
 * <p>Stateless and thread-safe.
 */
public final class Answers {

    private Answers() {}

    /**
     * The answer of the header's type with the given result and no other member.
     *
     * @param answerHeader an answer header, normally {@code request.header().answerHeader()}
     * @param result the result, normally a failure
     * @return the answer record of the header's MessageType
     * @throws IllegalArgumentException if the header's MessageType is not an answer type
     */
    public static BiAnswer withResult(Header answerHeader, Result result) {
        Objects.requireNonNull(answerHeader, "answerHeader");
        Objects.requireNonNull(result, "result");
        MessageType type = answerHeader.messageType();
        if (type == null || !type.isAnswer()) {
            throw new IllegalArgumentException("not an answer type: " + type);
        }
        Header h = answerHeader;
        return switch (type) {
            case JoinAns -> new JoinAns(h, result, null, null, null, null, null, null, null, null);
            case RejoinAns -> new RejoinAns(h, result, null, null, null, null, null, null, null, null);
            case AppSKeyAns -> new AppSKeyAns(h, result, null, null, null);
            case PRStartAns -> new PRStartAns(h, result, null, null, null, null, null, null, null, null, null);
            case PRStopAns -> new PRStopAns(h, result);
            case HRStartAns -> new HRStartAns(h, result, null, null, null, null, null, null, null, null, null, null);
            case HRStopAns -> new HRStopAns(h, result);
            case HomeNSAns -> new HomeNSAns(h, result, null, null);
            case ProfileAns -> new ProfileAns(h, result, null, null, null);
            case XmitDataAns -> new XmitDataAns(h, result, null, null);
            default -> throw new IllegalArgumentException("not an answer type: " + type);
        };
    }

    /**
     * The failure answer to a request header: its derived answer header and the given result.
     *
     * @throws IllegalStateException if the header is not a request header
     */
    public static BiAnswer failure(Header requestHeader, Result result) {
        return withResult(requestHeader.answerHeader(), result);
    }
}
