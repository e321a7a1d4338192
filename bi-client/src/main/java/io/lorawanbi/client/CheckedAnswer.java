package io.lorawanbi.client;

import io.lorawanbi.model.message.BiAnswer;
import java.util.List;
import java.util.Objects;

/**
 * An answer with the {@linkplain AnswerWarning warnings} for each way its header departs from the
 * header derived from the request (docs/reference.md §2.3) that the peer's {@link HeaderCheck}
 * tolerated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param answer the answer, whatever its ResultCode
 * @param warnings the departures of its header, in the order of {@link AnswerWarning.Kind}; empty if none
 * @param <A> the answer type
 */
public record CheckedAnswer<A extends BiAnswer>(A answer, List<AnswerWarning> warnings) {

    /** Copies the warnings. */
    public CheckedAnswer {
        Objects.requireNonNull(answer, "answer");
        warnings = List.copyOf(warnings);
    }

    /** Whether the answer header is exactly the one derived from the request. */
    public boolean headerConforms() {
        return warnings.isEmpty();
    }
}
