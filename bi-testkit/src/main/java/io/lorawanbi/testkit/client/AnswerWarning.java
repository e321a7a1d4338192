package io.lorawanbi.testkit.client;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A way an answer's header departs from the one derived from the request's (docs/reference.md §2.3) that the
 * client tolerates by default but does not hide: an answer in another version, tokens not returned,
 * IDs not swapped, in 1.1 a ReceiverNSID that is not the request's SenderNSID. Each kind is the
 * property of one rule of the conformance checker, and the message reads as that rule's detail, so a
 * warning here and a failure there say the same thing. (A TransactionID that differs is not a
 * warning: such an answer belongs to another request and is a {@link BiClientException}.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which member departs
 * @param expected the value derived from the request, or {@code absent}
 * @param actual the value answered, or {@code absent}
 */
public record AnswerWarning(Kind kind, String expected, String actual) {

    /** The member that departs, with the request member it derives from and the checker's rule. */
    public enum Kind {
        /** The answer is in another ProtocolVersion than the request (brocaar answers 1.1 requests in 1.0). */
        PROTOCOL_VERSION("ProtocolVersion", "the request's ProtocolVersion", "required_protocol_version_is_returned"),
        /** The answer's SenderID is not the request's ReceiverID. */
        SENDER_ID("SenderID", "the request's ReceiverID", "required_ids_are_swapped"),
        /** The answer's ReceiverID is not the request's SenderID. */
        RECEIVER_ID("ReceiverID", "the request's SenderID", "required_ids_are_swapped"),
        /** The request's SenderToken did not come back as ReceiverToken (brocaar does not echo tokens). */
        RECEIVER_TOKEN("ReceiverToken", "the request's SenderToken", "required_tokens_are_returned"),
        /** The request's ReceiverToken did not come back as SenderToken. */
        SENDER_TOKEN("SenderToken", "the request's ReceiverToken", "required_tokens_are_returned"),
        /** In 1.1, the answer's ReceiverNSID is not the request's SenderNSID. */
        RECEIVER_NSID("ReceiverNSID", "the request's SenderNSID", "required_nsids_follow_the_version");

        private final String member;
        private final String source;
        private final String rule;

        Kind(String member, String source, String rule) {
            this.member = member;
            this.source = source;
            this.rule = rule;
        }

        /** The answer member, as the specification spells it. */
        public String member() {
            return member;
        }

        /** The name of the conformance rule that judges this property. */
        public String rule() {
            return rule;
        }
    }

    /** Checks the members. */
    public AnswerWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * The warnings for an answer header against the header derived from a request header, in the
     * order of {@link Kind}; empty when the answer header is the derived one.
     */
    public static List<AnswerWarning> between(Header request, Header answer) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(answer, "answer");
        List<AnswerWarning> out = new ArrayList<>();
        compare(out, Kind.PROTOCOL_VERSION, request.protocolVersion(), answer.protocolVersion());
        compare(out, Kind.SENDER_ID, request.receiverId(), answer.senderId());
        compare(out, Kind.RECEIVER_ID, request.senderId(), answer.receiverId());
        compare(out, Kind.RECEIVER_TOKEN, request.senderToken(), answer.receiverToken());
        compare(out, Kind.SENDER_TOKEN, request.receiverToken(), answer.senderToken());
        if (ProtocolVersion.V1_1.equals(request.protocolVersion()) && request.senderNsid() != null) {
            compare(out, Kind.RECEIVER_NSID, request.senderNsid(), answer.receiverNsid());
        }
        return List.copyOf(out);
    }

    /** {@code expected ReceiverToken 0A0B (the request's SenderToken), got absent}, as the checker words it. */
    public String message() {
        return "expected " + kind.member + " " + expected + " (" + kind.source + "), got " + actual;
    }

    @Override
    public String toString() {
        return message();
    }

    private static void compare(List<AnswerWarning> out, Kind kind, @Nullable Object expected, @Nullable Object actual) {
        if (!Objects.equals(expected, actual)) {
            out.add(new AnswerWarning(kind, show(expected), show(actual)));
        }
    }

    private static String show(@Nullable Object value) {
        return value == null ? "absent" : value.toString();
    }
}
