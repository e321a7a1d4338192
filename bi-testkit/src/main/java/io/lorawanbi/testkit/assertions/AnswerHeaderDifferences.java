package io.lorawanbi.testkit.assertions;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.message.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares an answer header with the one derived from a request header (docs/reference.md §2.3), member by
 * member. Stateless and thread-safe.
 */
final class AnswerHeaderDifferences {

    private AnswerHeaderDifferences() {}

    /**
     * One line per member that differs: {@code TransactionID: expected 42 (the request's
     * TransactionID), was 43}. Empty when the answer header is the derived one.
     */
    static List<String> between(Header request, Header answer) {
        List<String> out = new ArrayList<>();
        MessageType requestType = request.messageType();
        MessageType expectedType = requestType == null ? null : requestType.answerType().orElse(null);
        compare(out, "MessageType", expectedType, answer.messageType(), "the answer type of " + requestType);
        compare(out, "ProtocolVersion", request.protocolVersion(), answer.protocolVersion(), "the request's ProtocolVersion");
        compare(out, "TransactionID", request.transactionId(), answer.transactionId(), "the request's TransactionID");
        compare(out, "SenderID", request.receiverId(), answer.senderId(), "the request's ReceiverID");
        compare(out, "ReceiverID", request.senderId(), answer.receiverId(), "the request's SenderID");
        compare(out, "SenderToken", request.receiverToken(), answer.senderToken(), "the request's ReceiverToken");
        compare(out, "ReceiverToken", request.senderToken(), answer.receiverToken(), "the request's SenderToken");
        if (request.protocolVersion() != null && request.protocolVersion().is1_1()) {
            compare(out, "ReceiverNSID", request.senderNsid(), answer.receiverNsid(), "the request's SenderNSID");
        } else {
            compare(out, "SenderNSID", null, answer.senderNsid(), "a 1.1 member, not allowed in " + request.protocolVersion());
            compare(out, "ReceiverNSID", null, answer.receiverNsid(), "a 1.1 member, not allowed in " + request.protocolVersion());
        }
        return out;
    }

    private static void compare(List<String> out, String member, @Nullable Object expected, @Nullable Object actual,
            String why) {
        if (!Objects.equals(expected, actual)) {
            out.add(member + ": expected " + show(expected) + " (" + why + "), was " + show(actual));
        }
    }

    static String show(@Nullable Object value) {
        return value == null ? "absent" : value.toString();
    }
}
