package io.lorawanbi.client;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A way an answer's header departs from the one derived from the request's (docs/reference.md §2.3).
 * (A TransactionID that differs is not a warning: such an answer belongs to another request.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which member departs
 * @param expected the value derived from the request, or {@code absent}
 * @param actual the value answered, or {@code absent}
 */
public record AnswerWarning(Kind kind, String expected, String actual) {

    /** The member that departs, with the request member it derives from. */
    public enum Kind {
        /** The answer is in another ProtocolVersion than the request (brocaar answers 1.1 requests in 1.0). */
        PROTOCOL_VERSION("ProtocolVersion", "the request's ProtocolVersion"),
        /** The answer's SenderID is not the request's ReceiverID. */
        SENDER_ID("SenderID", "the request's ReceiverID"),
        /** The answer's ReceiverID is not the request's SenderID. */
        RECEIVER_ID("ReceiverID", "the request's SenderID"),
        /** The request's SenderToken did not come back as ReceiverToken (brocaar does not return tokens). */
        RECEIVER_TOKEN("ReceiverToken", "the request's SenderToken"),
        /** The request's ReceiverToken did not come back as SenderToken. */
        SENDER_TOKEN("SenderToken", "the request's ReceiverToken"),
        /** In 1.1, the answer's ReceiverNSID is not the request's SenderNSID. */
        RECEIVER_NSID("ReceiverNSID", "the request's SenderNSID");

        private final String member;
        private final String source;

        Kind(String member, String source) {
            this.member = member;
            this.source = source;
        }

        /** The answer member, as the specification spells it. */
        public String member() {
            return member;
        }

        /** The request member the expected value derives from, in words. */
        public String source() {
            return source;
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
     *
     * @param request the request's header
     * @param answer the answer's header
     * @return the departures, unmodifiable
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

    /**
     * Whether {@link HeaderCheck#TOLERANT} accepts this departure: another version, or a member that
     * should have come back and is absent (a token, the ReceiverNSID).
     */
    public boolean tolerated() {
        return switch (kind) {
            case PROTOCOL_VERSION -> true;
            case RECEIVER_TOKEN, SENDER_TOKEN, RECEIVER_NSID -> "absent".equals(actual);
            case SENDER_ID, RECEIVER_ID -> false;
        };
    }

    /** {@code expected ReceiverToken 0a0b (the request's SenderToken), got absent}. */
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
