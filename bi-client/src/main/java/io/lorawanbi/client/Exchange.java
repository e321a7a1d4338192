package io.lorawanbi.client;

import io.lorawanbi.client.BiClientException.Kind;
import io.lorawanbi.client.internal.ResponseReader;
import io.lorawanbi.client.internal.Transport;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One request's exchange with its peer: registered (asynchronous peers) and sent, its response read, its
 * answer's header judged. The {@link #result} completes once.
 */
final class Exchange<A extends BiAnswer> {

    final CompletableFuture<CheckedAnswer<A>> result = new CompletableFuture<>();
    private final BiPeer peer;
    private final Transport transport;
    private final BiCodec codec;
    private final PendingAnswerStore store;
    private final Map<PendingKey, Boolean> inFlight;
    private final Consumer<Runnable> notifier;
    private final ClientListener listener;

    Exchange(BiPeer peer, Transport transport, BiCodec codec, PendingAnswerStore store, Map<PendingKey, Boolean> inFlight,
            Consumer<Runnable> notifier, ClientListener listener) {
        this.peer = peer;
        this.transport = transport;
        this.codec = codec;
        this.store = store;
        this.inFlight = inFlight;
        this.notifier = notifier;
        this.listener = listener;
    }

    /**
     * Registers and sends.
     *
     * @param allocated whether the client chose the TransactionID (then a key taken is refused)
     * @return false if the client chose a key another of its pending requests holds: nothing was sent
     * @throws IllegalStateException if the pending store refuses the key, or is closed
     */
    boolean start(BiRequest<A> request, PendingKey key, boolean allocated) {
        byte[] body = codec.encode(request);
        String authorization = peer.authorizationValue();
        boolean marked = inFlight.putIfAbsent(key, Boolean.TRUE) == null;
        if (!marked && allocated) {
            return false;
        }
        Runnable unmark = () -> {
            if (marked) {
                inFlight.remove(key, Boolean.TRUE);
            }
        };
        if (!peer.isAsync()) {
            result.whenComplete((a, f) -> unmark.run());
            transport.post(body, authorization).whenComplete((response, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(BiClient.unwrap(failure));
                } else {
                    complete(request, () -> ResponseReader.syncAnswer(codec, request, response));
                }
            });
            return true;
        }
        PendingAnswer pending;
        try {
            pending = store.register(key, peer.asyncTimeout().orElseThrow());
        } catch (RuntimeException e) {
            unmark.run();
            throw e;
        }
        result.whenComplete((a, f) -> {
            unmark.run();
            pending.cancel(); // a no-op once answered
        });
        pending.answer().whenComplete((posted, failure) -> {
            if (failure == null) {
                complete(request, () -> ResponseReader.postedAnswer(codec, request, posted, transport.where()));
            } else if (failure instanceof TimeoutException) {
                result.completeExceptionally(new BiClientException(Kind.TIMEOUT, "no answer to " + request.messageType()
                        + " " + key.transactionId() + " posted by " + transport.where() + " within "
                        + peer.asyncTimeout().orElseThrow().toMillis() + " ms", failure));
            } else if (!(failure instanceof CancellationException)) {
                result.completeExceptionally(new BiClientException(Kind.TRANSPORT, "the wait for the answer to "
                        + request.messageType() + " " + key.transactionId() + " failed: " + failure.getMessage(), failure));
            }
        });
        transport.post(body, authorization).whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(BiClient.unwrap(failure));
                return;
            }
            try {
                Optional<A> inBody = ResponseReader.acknowledgement(codec, request, response);
                inBody.ifPresent(a -> complete(request, () -> a));
            } catch (BiClientException e) {
                result.completeExceptionally(e);
            }
        });
        return true;
    }

    private void complete(BiRequest<A> request, Supplier<A> read) {
        try {
            A answer = read.get();
            List<AnswerWarning> warnings = AnswerWarning.between(request.header(), answer.header());
            List<AnswerWarning> refused = warnings.stream().filter(w -> switch (peer.headerCheck()) {
                case STRICT -> true;
                case TOLERANT -> !w.tolerated();
                case REPORT_ONLY -> false;
            }).toList();
            if (!refused.isEmpty()) {
                throw new BiClientException(Kind.NONCONFORMING_HEADER, -1, null, "", answer.result(), answer,
                        answer.messageType() + " from " + transport.where() + " is not addressed as the answer to the request: "
                                + String.join("; ", refused.stream().map(AnswerWarning::message).toList()), null);
            }
            if (!warnings.isEmpty() && !result.isDone()) {
                notifier.accept(() -> listener.answerWarnings(peer, request.header(), warnings));
            }
            result.complete(new CheckedAnswer<>(answer, warnings));
        } catch (BiClientException e) {
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            result.completeExceptionally(new BiClientException(Kind.UNDECODABLE, "the answer from " + transport.where()
                    + " could not be read: " + e.getClass().getSimpleName(), e));
        }
    }
}
