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
            case JoinAns -> JoinAns.builder().header(h).result(result).build();
            case RejoinAns -> RejoinAns.builder().header(h).result(result).build();
            case AppSKeyAns -> AppSKeyAns.builder().header(h).result(result).build();
            case PRStartAns -> PRStartAns.builder().header(h).result(result).build();
            case PRStopAns -> new PRStopAns(h, result);
            case HRStartAns -> HRStartAns.builder().header(h).result(result).build();
            case HRStopAns -> new HRStopAns(h, result);
            case HomeNSAns -> HomeNSAns.builder().header(h).result(result).build();
            case ProfileAns -> ProfileAns.builder().header(h).result(result).build();
            case XmitDataAns -> XmitDataAns.builder().header(h).result(result).build();
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
