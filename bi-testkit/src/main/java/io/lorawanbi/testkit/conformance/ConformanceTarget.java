package io.lorawanbi.testkit.conformance;

import io.lorawanbi.client.internal.TransportFailures;
import io.lorawanbi.testkit.client.TargetResponse;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.testkit.internal.HttpExchanges;
import io.lorawanbi.testkit.internal.SharedHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The endpoint a conformance suite talks to: something that takes the body of one POST and returns
 * the HTTP status and body it answered with. {@link #inProcess(BiServer)} calls a server directly;
 * {@link #http(URI)} and {@link #http(URI, String)} post to a live endpoint with the test kit's own
 * HTTP client; {@link #http(URI, HttpClient, String)} posts with a client the caller configures (for
 * example with the client certificate its SSLContext presents).
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ConformanceTarget {

    /**
     * Posts one body.
     *
     * @param body the request body
     * @return the status and body answered
     * @throws TargetUnreachableException if no connection could be made, so nothing was sent (the
     *     rule then fails; before the rules, the run ends)
     * @throws UncheckedIOException if the exchange failed after the request was sent: the connection
     *     was closed (which rules about hostile or oversized bodies count as a refusal) or no response
     *     came in time
     */
    TargetResponse post(byte[] body);

    /** A server called in process, with a verified identity supplied as an Authorization header if given. */
    static ConformanceTarget inProcess(BiServer server, @Nullable String authorization) {
        Objects.requireNonNull(server, "server");
        return body -> {
            OutboundResponse r = server.handle(InboundRequest.builder(body).authorization(authorization)
                    .contentType("application/json").build());
            return new TargetResponse(r.status(), r.body());
        };
    }

    /** A server called in process. */
    static ConformanceTarget inProcess(BiServer server) {
        return inProcess(server, null);
    }

    /**
     * A live endpoint over HTTP(S), posted to with the test kit's shared client: HTTP/1.1, a 5 s connect
     * timeout, no redirects followed, the JDK's default trusted CAs and no client certificate. Each
     * answer is awaited at most 10 s.
     *
     * @param endpoint the URL to POST to
     */
    static ConformanceTarget http(URI endpoint) {
        return http(endpoint, SharedHttpClient.get(), null);
    }

    /**
     * A live endpoint over HTTP(S) that authenticates senders by the Authorization header, posted to
     * with the test kit's shared client (see {@link #http(URI)}).
     *
     * @param endpoint the URL to POST to
     * @param authorization the Authorization header value sent with every request (for example
     *     {@code Bearer …}), or {@code null} for none
     */
    static ConformanceTarget http(URI endpoint, @Nullable String authorization) {
        return http(endpoint, SharedHttpClient.get(), authorization);
    }

    /**
     * A live endpoint over HTTP(S), with a client the caller configures.
     *
     * @param endpoint the URL to POST to
     * @param client the client (its SSLContext decides the client certificate and the trusted CAs)
     * @param authorization an Authorization header value (for example {@code Bearer …}), or {@code null}
     */
    static ConformanceTarget http(URI endpoint, HttpClient client, @Nullable String authorization) {
        return http(endpoint, client, authorization, Duration.ofSeconds(10));
    }

    /**
     * A live endpoint over HTTP(S), with a client the caller configures and the time each answer is
     * awaited. When no answer comes in that time, {@link #post} throws an {@link UncheckedIOException}
     * whose message says so ({@code http://…: no answer within 10 s}).
     *
     * @param endpoint the URL to POST to
     * @param client the client (its SSLContext decides the client certificate and the trusted CAs)
     * @param authorization an Authorization header value (for example {@code Bearer …}), or {@code null}
     * @param answerTimeout how long each answer is awaited, from the request sent to the response
     *     headers received; positive
     */
    static ConformanceTarget http(URI endpoint, HttpClient client, @Nullable String authorization, Duration answerTimeout) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(client, "client");
        if (answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("answerTimeout must be positive, not " + answerTimeout);
        }
        return body -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .timeout(answerTimeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new TargetResponse(response.statusCode(), response.body());
            } catch (IOException e) {
                String where = HttpExchanges.display(endpoint);
                if (TransportFailures.neverConnected(e)) {
                    throw new TargetUnreachableException("cannot reach " + where + ": " + TransportFailures.reason(e), e);
                }
                if (TransportFailures.timedOut(e)) {
                    throw new UncheckedIOException(where + ": no answer within " + TransportFailures.seconds(answerTimeout), e);
                }
                throw new UncheckedIOException(where + ": " + TransportFailures.reason(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException("interrupted while calling " + HttpExchanges.display(endpoint), new IOException(e));
            }
        };
    }

    /**
     * This target with its responses passed through a function: a way to build deliberately broken
     * endpoints from a good one, to show that a rule fails.
     *
     * @param change takes the request body and the good response, returns the response to report
     */
    default ConformanceTarget mapResponses(java.util.function.BiFunction<byte[], TargetResponse, TargetResponse> change) {
        return body -> change.apply(body, post(body));
    }

    /** This target with its request bodies passed through a function before they are sent. */
    default ConformanceTarget mapRequests(UnaryOperator<byte[]> change) {
        return body -> post(change.apply(body));
    }

}
