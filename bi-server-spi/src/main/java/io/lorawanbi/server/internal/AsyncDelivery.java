package io.lorawanbi.server.internal;

import io.lorawanbi.client.BiClientException;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.AnswerSender;
import io.lorawanbi.server.ServerListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Delivers asynchronous answers with bounded retries: attempts are spaced 250 ms, 500 ms, 1 s, … apart
 * (at most 4 s), and a 2xx status ends them. Thread-safe; holds no queue, so nothing grows without
 * bound: each answer lives only in the futures of its own attempts.
 */
public final class AsyncDelivery {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.server.BiServer");

    private final AnswerSender sender;
    private final ServerListener listener;

    /** A delivery that posts through the sender and reports to the listener. */
    public AsyncDelivery(AnswerSender sender, ServerListener listener) {
        this.sender = sender;
        this.listener = listener;
    }

    /** Starts delivering an encoded answer; returns at once. */
    public void deliver(byte[] body, Header answerHeader, AnswerMode.Async mode) {
        attempt(body, answerHeader, mode, 1);
    }

    private void attempt(byte[] body, Header answerHeader, AnswerMode.Async mode, int attempt) {
        CompletionStage<Integer> sent;
        try {
            sent = sender.post(mode.endpoint(), body, mode.timeout());
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        if (sent == null) {
            sent = CompletableFuture.failedFuture(new IllegalStateException("the answer sender returned no stage"));
        }
        // The attempt's timeout is enforced here too, so a sender whose stage never completes cannot
        // leave an answer pending forever.
        CompletableFuture<Integer> bounded = new CompletableFuture<>();
        sent.whenComplete((status, failure) -> {
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else {
                bounded.complete(status);
            }
        });
        bounded.orTimeout(mode.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS).whenComplete((status, failure) -> {
            if (failure == null && status != null && status >= 200 && status < 300) {
                safely(() -> listener.asyncDelivered(answerHeader, mode.endpoint(), attempt));
                return;
            }
            String reason = failure != null ? reason(failure) : "HTTP " + status;
            if (attempt < mode.maxAttempts()) {
                long delay = Math.min(4000L, 250L << (attempt - 1));
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)
                        .execute(() -> attempt(body, answerHeader, mode, attempt + 1));
            } else {
                LOG.log(System.Logger.Level.WARNING, () -> "could not deliver " + answerHeader.messageType() + " "
                        + answerHeader.transactionId() + " to " + mode.endpoint() + " after " + attempt
                        + " attempts: " + reason);
                safely(() -> listener.asyncDeliveryFailed(answerHeader, mode.endpoint(), attempt, reason));
            }
        });
    }

    /**
     * The production client's failure in a few words ({@code HTTP 502 (ERROR_PAGE)}, {@code TIMEOUT}), else
     * the type of the root cause.
     */
    private static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof BiClientException e) {
                return e.status().isPresent()
                        ? "HTTP " + e.status().getAsInt() + (e.kind() == BiClientException.Kind.HTTP_STATUS ? "" : " (" + e.kind() + ")")
                        : e.kind() + ": " + e.getMessage();
            }
        }
        return rootType(t);
    }

    private static String rootType(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "listener failed: " + e.getClass().getName());
        }
    }
}
