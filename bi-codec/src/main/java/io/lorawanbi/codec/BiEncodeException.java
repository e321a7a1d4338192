package io.lorawanbi.codec;

import io.lorawanbi.model.BiException;
import java.util.List;

/**
 * A message could not be encoded because it breaks a rule of its protocol version, or its version is
 * not supported. It lists every fault with its JSON member path. This is a local failure: nothing was
 * sent. Messages never repeat key material.
 */
public final class BiEncodeException extends BiException {

    private static final long serialVersionUID = 1L;

    private final List<MemberProblem> problems;

    /**
     * A new exception.
     *
     * @param problems the faults, at least one
     */
    public BiEncodeException(List<MemberProblem> problems) {
        super("cannot encode: " + problems);
        this.problems = List.copyOf(problems);
    }

    /** Every fault found. */
    public List<MemberProblem> problems() {
        return problems;
    }
}
