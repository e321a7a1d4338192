package io.lorawanbi.server;

import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Observes a {@link BiServer} for metrics and logs. Every method has an empty default; implement those
 * you need. Methods are called on request threads and handler-executor threads and must return quickly; they must not throw (an
 * exception is caught and ignored). No argument carries key material or credentials.
 *
 * <p>Each exchange ends in exactly one terminal call: {@link #answered} or
 * {@link #refused(int, String, Duration)} for a request; {@link #answerReceived},
 * {@link #notificationReceived}, {@link #intakeRefused}, {@link #consumerFailed}, or {@link #refused(int,
 * String, Duration)} (a header that could not be read) for a posted answer or notification.
 * {@link #authenticationRefused} and {@link #handlerFailed} come before the {@code answered} call of the
 * same exchange and say why it was answered {@code UnknownSender} or {@code Other}; the asynchronous
 * delivery calls come after it, for peers answered asynchronously. To observe with several listeners,
 * combine them with {@link #all(ServerListener...)}.
 */
public interface ServerListener {

    /**
     * A request was answered with a BI answer (synchronously, or handed to asynchronous delivery).
     *
     * @param requestHeader the request's header as it was read: for an answer to a broken header, the
     *     members that could not be read are {@code null} (a missing TransactionID, answered as 0)
     * @param resultCode the answer's code
     * @param elapsed the time from receipt to the encoded answer
     */
    default void answered(Header requestHeader, ResultCode resultCode, Duration elapsed) {}

    /**
     * A request got no BI answer, only an HTTP error status, because no answer header could be built.
     *
     * @param httpStatus the status sent (400)
     * @param reason why, without input values
     */
    default void refused(int httpStatus, String reason) {}

    /**
     * As {@link #refused(int, String)}, with the time taken; the server calls this one. The default
     * calls {@link #refused(int, String)}.
     *
     * @param httpStatus the status sent (400)
     * @param reason why, without input values
     * @param elapsed the time from receipt to the response
     */
    default void refused(int httpStatus, String reason, Duration elapsed) {
        refused(httpStatus, reason);
    }

    /**
     * The sender was not authenticated as the request's SenderID; the exchange is then
     * {@linkplain #answered answered} {@code UnknownSender}.
     *
     * @param requestHeader the request's header (every required member read)
     * @param reason the refusal's cause: an {@link AuthenticationRefusedException}'s reason, or
     *     {@code "no credential accepted"} when the authenticator refused without one; never a credential
     */
    default void authenticationRefused(Header requestHeader, String reason) {}

    /**
     * A handler threw, failed or missed its deadline; the request was answered with {@code Other}.
     *
     * @param requestHeader the request's header
     * @param failure the handler's failure (a {@link java.util.concurrent.TimeoutException} for a
     *     missed deadline); it comes from the integrator's code, which is responsible for its message
     */
    default void handlerFailed(Header requestHeader, Throwable failure) {}

    /**
     * An asynchronous answer was delivered.
     *
     * @param answerHeader the answer's header
     * @param endpoint where it went
     * @param attempts how many attempts it took
     */
    default void asyncDelivered(Header answerHeader, URI endpoint, int attempts) {}

    /**
     * An asynchronous answer could not be delivered within the attempts allowed; it is dropped.
     *
     * @param answerHeader the answer's header
     * @param endpoint where it should have gone
     * @param attempts how many attempts were made
     * @param reason the last failure (an HTTP status or a transport error's type)
     */
    default void asyncDeliveryFailed(Header answerHeader, URI endpoint, int attempts, String reason) {}

    /**
     * An answer posted by a peer was taken by the {@link AnswerConsumer} (or found none registered) and
     * acknowledged with HTTP 200.
     *
     * @param answerHeader the answer's header
     * @param outcome whether it matched a pending request; {@link IntakeOutcome#UNMATCHED} also when no
     *     consumer is registered
     * @param elapsed the time from receipt to the acknowledgement
     */
    default void answerReceived(Header answerHeader, IntakeOutcome outcome, Duration elapsed) {}

    /**
     * A notification posted by a peer was taken by the {@link NotificationConsumer} (or found none
     * registered) and acknowledged with HTTP 200.
     *
     * @param notificationHeader the notification's header
     * @param outcome the consumer's outcome; {@link IntakeOutcome#UNMATCHED} when no consumer is
     *     registered
     * @param elapsed the time from receipt to the acknowledgement
     */
    default void notificationReceived(Header notificationHeader, IntakeOutcome outcome, Duration elapsed) {}

    /**
     * An answer or notification consumer threw, failed or missed its deadline; the POST was answered
     * with HTTP 500 and a bare {@code Result} ({@code Other}).
     *
     * @param messageHeader the posted message's header
     * @param failure the consumer's failure (a {@link java.util.concurrent.TimeoutException} for a
     *     missed deadline); it comes from the integrator's code, which is responsible for its message
     */
    default void consumerFailed(Header messageHeader, Throwable failure) {}

    /**
     * A posted answer or notification whose header could be read was refused with HTTP 400 and a bare
     * {@code Result}: its sender was not authenticated ({@code UnknownSender}), its ReceiverID is not
     * served here ({@code UnkownReceiver}), or it failed to decode or validate (the malformed code of
     * its version, also for a notification in 1.0). No consumer ran. A message whose header cannot be
     * read goes to {@link #refused} instead.
     *
     * @param messageHeader the posted message's header
     * @param resultCode the code of the bare Result sent
     * @param reason why, as sent in the Result's Description
     */
    default void intakeRefused(Header messageHeader, ResultCode resultCode, String reason) {}

    /**
     * One listener that calls each of these in order; one that throws does not keep the others from
     * being called.
     *
     * @param listeners the listeners (none gives a listener that does nothing)
     */
    static ServerListener all(ServerListener... listeners) {
        return new io.lorawanbi.server.internal.AllListeners(List.of(listeners));
    }
}
