package io.lorawanbi.model.message;

import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A notification from a receiver to the sender of a message it could not process (Backend
 * Interfaces 1.1 only; docs/reference.md §3.2). Its sender and receiver may be of any role. It has no answer.
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 */
public record ErrorNotif(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result) implements BiNotification {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static ErrorNotifBuilder builder() {
        return new ErrorNotifBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public ErrorNotifBuilder toBuilder() {
        return new ErrorNotifBuilder(this);
    }
}
