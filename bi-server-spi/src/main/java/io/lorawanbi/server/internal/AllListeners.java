package io.lorawanbi.server.internal;

import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.ServerListener;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The listener of {@link ServerListener#all}: passes every call to each listener in order, each one
 * isolated from the others' exceptions (logged at DEBUG by type only). Immutable and thread-safe.
 */
public final class AllListeners implements ServerListener {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.server.BiServer");

    private final List<ServerListener> listeners;

    /** A listener over these, in order. */
    public AllListeners(List<ServerListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    private void each(Consumer<ServerListener> call) {
        for (ServerListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "listener failed: " + e.getClass().getName());
            }
        }
    }

    @Override
    public void answered(Header requestHeader, ResultCode resultCode, Duration elapsed) {
        each(l -> l.answered(requestHeader, resultCode, elapsed));
    }

    @Override
    public void refused(int httpStatus, String reason) {
        each(l -> l.refused(httpStatus, reason));
    }

    @Override
    public void refused(int httpStatus, String reason, Duration elapsed) {
        each(l -> l.refused(httpStatus, reason, elapsed));
    }

    @Override
    public void authenticationRefused(Header requestHeader, String reason) {
        each(l -> l.authenticationRefused(requestHeader, reason));
    }

    @Override
    public void handlerFailed(Header requestHeader, Throwable failure) {
        each(l -> l.handlerFailed(requestHeader, failure));
    }

    @Override
    public void asyncDelivered(Header answerHeader, URI endpoint, int attempts) {
        each(l -> l.asyncDelivered(answerHeader, endpoint, attempts));
    }

    @Override
    public void asyncDeliveryFailed(Header answerHeader, URI endpoint, int attempts, String reason) {
        each(l -> l.asyncDeliveryFailed(answerHeader, endpoint, attempts, reason));
    }

    @Override
    public void answerReceived(Header answerHeader, IntakeOutcome outcome, Duration elapsed) {
        each(l -> l.answerReceived(answerHeader, outcome, elapsed));
    }

    @Override
    public void notificationReceived(Header notificationHeader, IntakeOutcome outcome, Duration elapsed) {
        each(l -> l.notificationReceived(notificationHeader, outcome, elapsed));
    }

    @Override
    public void consumerFailed(Header messageHeader, Throwable failure) {
        each(l -> l.consumerFailed(messageHeader, failure));
    }

    @Override
    public void intakeRefused(Header messageHeader, ResultCode resultCode, String reason) {
        each(l -> l.intakeRefused(messageHeader, resultCode, reason));
    }
}
