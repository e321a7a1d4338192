package io.lorawanbi.server.internal;

import io.lorawanbi.client.Acknowledgement;
import io.lorawanbi.client.BiClient;
import io.lorawanbi.client.BiPeer;
import io.lorawanbi.client.ClientListener;
import io.lorawanbi.server.AnswerConsumer;
import io.lorawanbi.server.AnswerSender;
import io.lorawanbi.server.IntakeOutcome;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's links to the production client: {@link AnswerSender} on it, and the answer consumer that
 * feeds it. The sender posts through {@link BiClient#postAnswer(BiPeer, byte[])}: HTTP/1.1
 * on {@code http://}, HTTP/2 offered over TLS, and a response other than 2xx fails the stage with an
 * {@link io.lorawanbi.client.BiClientException} of its kind. One {@link BiPeer} per endpoint and
 * timeout, so connections are reused; the endpoints are those of the server's configuration. Thread-safe.
 */
public final class ClientAnswerSender implements AnswerSender {

    private static final class Holder {
        static final ClientAnswerSender INSTANCE = new ClientAnswerSender(
                BiClient.builder().listener(ClientListener.none()).build());
    }

    private record Target(URI endpoint, Duration timeout) {}

    private final BiClient client;
    private final Map<Target, BiPeer> peers = new ConcurrentHashMap<>();

    /** A sender on the given client. */
    public ClientAnswerSender(BiClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The shared sender. */
    public static ClientAnswerSender shared() {
        return Holder.INSTANCE;
    }

    /** The answer consumer that hands posted answers, as received, to a client's pending requests. */
    public static AnswerConsumer consumer(BiClient client) {
        Objects.requireNonNull(client, "client");
        return (answer, context) -> client.acceptAnswer(context.body()).thenApply(delivery -> switch (delivery) {
            case COMPLETED -> IntakeOutcome.MATCHED;
            case LATE -> IntakeOutcome.LATE;
            case UNMATCHED -> IntakeOutcome.UNMATCHED;
        });
    }

    @Override
    public CompletionStage<Integer> post(URI endpoint, byte[] body, Duration timeout) {
        BiPeer peer = peers.computeIfAbsent(new Target(endpoint, timeout),
                t -> BiPeer.builder(t.endpoint()).requestTimeout(t.timeout()).build());
        return client.postAnswer(peer, body).thenApply(Acknowledgement::status);
    }
}
