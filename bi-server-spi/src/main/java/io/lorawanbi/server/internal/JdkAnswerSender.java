package io.lorawanbi.server.internal;

import io.lorawanbi.server.AnswerSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** {@link AnswerSender} on the JDK's HttpClient, shared. Thread-safe. */
public final class JdkAnswerSender implements AnswerSender {

    private static final class Holder {
        static final JdkAnswerSender INSTANCE = new JdkAnswerSender(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    }

    private final HttpClient client;

    /** A sender on the given client. */
    public JdkAnswerSender(HttpClient client) {
        this.client = client;
    }

    /** The shared sender. */
    public static JdkAnswerSender shared() {
        return Holder.INSTANCE;
    }

    @Override
    public CompletionStage<Integer> post(URI endpoint, byte[] body, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
