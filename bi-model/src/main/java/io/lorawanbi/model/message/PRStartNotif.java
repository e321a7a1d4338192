package io.lorawanbi.model.message;

import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A forwarding NS's notification to the serving NS that it has acted on a PRStartAns carrying a
 * join-accept (Backend Interfaces 1.1 only; docs/reference.md §3.2). Its TransactionID is that of the PRStart
 * exchange. It has no answer.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 */
public record PRStartNotif(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result) implements BiNotification {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static PRStartNotifBuilder builder() {
        return new PRStartNotifBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public PRStartNotifBuilder toBuilder() {
        return new PRStartNotifBuilder(this);
    }
}
