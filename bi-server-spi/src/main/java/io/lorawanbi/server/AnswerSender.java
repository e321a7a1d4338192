package io.lorawanbi.server;

import io.lorawanbi.server.internal.JdkAnswerSender;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Delivers an asynchronous answer: one HTTP POST of a JSON body to a peer's endpoint (see
 * docs/reference.md §1.2). The server retries failed attempts within {@link AnswerMode.Async#maxAttempts()}.
 *
 * <p>Implementations must be thread-safe. {@link #jdk()} is the default, on the JDK's HttpClient.
 */
@FunctionalInterface
public interface AnswerSender {

    /**
     * Posts one answer.
     *
     * @param endpoint the peer's endpoint
     * @param body the encoded answer (UTF-8 JSON; Content-Type {@code application/json})
     * @param timeout the timeout of this attempt
     * @return the HTTP status the peer answered with; failed for a transport error
     */
    CompletionStage<Integer> post(URI endpoint, byte[] body, Duration timeout);

    /** The default sender, on a shared {@link java.net.http.HttpClient} (HTTP/1.1 and HTTP/2). */
    static AnswerSender jdk() {
        return JdkAnswerSender.shared();
    }
}
