package io.lorawanbi.server;

import io.lorawanbi.client.BiClient;
import io.lorawanbi.server.internal.ClientAnswerSender;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Delivers an asynchronous answer: one HTTP POST of a JSON body to a peer's endpoint (see
 * docs/reference.md §1.2). The server retries failed attempts within {@link AnswerMode.Async#maxAttempts()}.
 *
 * <p>Implementations must be thread-safe. {@link #jdk()} is the default, on the production client of
 * {@code bi-client}.
 */
@FunctionalInterface
public interface AnswerSender {

    /**
     * Posts one answer.
     *
     * @param endpoint the peer's endpoint
     * @param body the encoded answer (UTF-8 JSON; Content-Type {@code application/json})
     * @param timeout the timeout of this attempt
     * @return the HTTP status the peer answered with (a status other than 2xx may instead fail the stage,
     *     as the default sender does with an {@link io.lorawanbi.client.BiClientException}); failed for a
     *     transport error
     */
    CompletionStage<Integer> post(URI endpoint, byte[] body, Duration timeout);

    /**
     * The default sender: a shared production {@link BiClient} ({@link BiClient#postAnswer(io.lorawanbi.client.BiPeer, byte[])}),
     * on the JDK's HttpClient: HTTP/1.1 on {@code http://}, HTTP/2 offered over TLS. A status other than
     * 2xx fails the stage with an {@link io.lorawanbi.client.BiClientException} of its kind
     * ({@code HTTP_STATUS}, {@code BARE_RESULT}, {@code ERROR_PAGE}), as do timeouts and transport
     * failures ({@code TIMEOUT}, {@code TRANSPORT}).
     */
    static AnswerSender jdk() {
        return ClientAnswerSender.shared();
    }

    /**
     * A sender on the given client, for example one whose peers are reached through a proxy. The
     * client is not closed by the server.
     */
    static AnswerSender client(BiClient client) {
        return new ClientAnswerSender(client);
    }
}
