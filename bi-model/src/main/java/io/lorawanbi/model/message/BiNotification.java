package io.lorawanbi.model.message;

/**
 * A notification of Backend Interfaces 1.1: a message that has no answer (PRStartNotif, ErrorNotif).
 * It carries a {@link Result}.
 */
public sealed interface BiNotification extends BiMessage permits PRStartNotif, ErrorNotif {

    /** The result the notification reports. */
    Result result();
}
