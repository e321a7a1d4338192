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
 * <p>Each exchange ends in exactly one {@link #answered} or {@link #refused(int, String, Duration)} call.
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
     * One listener that calls each of these in order; one that throws does not keep the others from
     * being called.
     *
     * @param listeners the listeners (none gives a listener that does nothing)
     */
    static ServerListener all(ServerListener... listeners) {
        return new io.lorawanbi.server.internal.AllListeners(List.of(listeners));
    }
}
