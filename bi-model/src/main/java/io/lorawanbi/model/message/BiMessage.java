package io.lorawanbi.model.message;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.validation.MatchingMessageType;

/**
 * A Backend Interfaces message (TS002 §2, §3): every request, answer and notification of 1.0 and 1.1.
 *
 * <p>The hierarchy is sealed: {@link BiRequest} (typed to its answer), {@link BiAnswer} and
 * {@link BiNotification}, each permitting exactly the records of the specification. Every message
 * holds its common {@link Header}; the JSON header is flat, and a codec flattens it.
 *
 * <p>All implementations are immutable records and thread-safe. They do not check their rules at
 * construction: the rules are Jakarta Validation constraints, applied with the groups of the
 * message's version ({@link io.lorawanbi.model.validation.BiGroups}). A message that has not been
 * validated may therefore hold {@code null} in a required member.
 */
@MatchingMessageType
public sealed interface BiMessage permits BiRequest, BiAnswer, BiNotification {

    /** The common header. */
    Header header();

    /** The header's MessageType. */
    default MessageType messageType() {
        return header().messageType();
    }

    /** The header's ProtocolVersion. */
    default ProtocolVersion protocolVersion() {
        return header().protocolVersion();
    }
}
