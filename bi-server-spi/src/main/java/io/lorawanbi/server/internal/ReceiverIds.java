package io.lorawanbi.server.internal;

import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.JoinEuiRange;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The ReceiverIDs a server answers for: exact IDs (JoinEUIs, NetIDs) and JoinEUI ranges. With neither,
 * every ReceiverID is accepted. Immutable and thread-safe.
 */
public final class ReceiverIds {

    private final Set<PartyID> ids;
    private final List<JoinEuiRange> ranges;

    /** The given IDs and ranges, copied. */
    public ReceiverIds(Collection<? extends PartyID> ids, Collection<JoinEuiRange> ranges) {
        this.ids = Set.copyOf(ids);
        this.ranges = List.copyOf(ranges);
    }

    /** Whether a request addressed to this ReceiverID is answered here. */
    public boolean contains(PartyID receiver) {
        return ids.isEmpty() && ranges.isEmpty() || ids.contains(receiver)
                || ranges.stream().anyMatch(r -> r.contains(receiver));
    }

    /** The {@code UnkownReceiver} answer to a request addressed to a ReceiverID not answered here. */
    public static BiAnswer refusal(Header header) {
        return Answers.failure(header, Result.of(ResultCode.UnkownReceiver,
                "this server does not answer for " + header.receiverId()));
    }
}
