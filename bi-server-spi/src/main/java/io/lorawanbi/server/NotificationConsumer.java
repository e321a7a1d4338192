package io.lorawanbi.server;

import io.lorawanbi.model.message.BiNotification;
import java.util.concurrent.CompletionStage;

/**
 * Takes the Backend Interfaces 1.1 notifications that peers POST to this endpoint: a
 * {@link io.lorawanbi.model.message.PRStartNotif} that a forwarding NS sends after it acted on a
 * PRStartAns carrying a join-accept (its TransactionID is that of the PRStart exchange), an
 * {@link io.lorawanbi.model.message.ErrorNotif} from a receiver that could not process a message this
 * side sent (docs/reference.md §3.2). A notification has no answer. Register one with
 * {@link BiServer.Builder#notificationConsumer}.
 *
 * <p>Before the consumer runs, {@link BiServer} has authenticated the sender with the same
 * {@link SenderAuthenticator} as requests, checked the ReceiverID, and decoded and validated the whole
 * notification (a notification in 1.0, which has none, is refused with {@code MalformedRequest}). The
 * consumer runs on the handler executor under the handler timeout, as handlers do; the POST is
 * acknowledged with HTTP 200 and an empty body once the stage completes. A consumer that throws,
 * fails its stage, completes with {@code null} or misses the deadline gets the POST answered with
 * HTTP 500 and a bare {@code Result} ({@code Other}).
 *
 * <p>Implementations must be thread-safe and should complete quickly.
 */
@FunctionalInterface
public interface NotificationConsumer {

    /**
     * Takes one posted notification.
     *
     * @param notification the decoded, validated notification; its SenderID is the authenticated peer's
     * @param context the authenticated peer, the deadline, the received body and transport attributes
     * @return whether something was waiting for it ({@link IntakeOutcome#MATCHED} when the notification
     *     was simply taken); reported to {@link ServerListener#notificationReceived}
     */
    CompletionStage<IntakeOutcome> accept(BiNotification notification, IntakeContext context);
}
