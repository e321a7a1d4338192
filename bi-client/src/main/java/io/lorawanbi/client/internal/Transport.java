package io.lorawanbi.client.internal;

import io.lorawanbi.client.BiClientException;
import io.lorawanbi.client.BiClientException.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * POSTs one body to a peer on the JDK's {@link HttpClient} and turns transport failures into
 * {@link BiClientException}s of kind {@code TIMEOUT} or {@code TRANSPORT}. Thread-safe.
 */
public final class Transport {

    private final HttpClient http;
    private final URI endpoint;
    private final String where;
    private final Duration requestTimeout;
    private final int maxBodyBytes;

    /**
     * A transport to one endpoint: HTTP/1.1 on {@code http://} (no {@code Upgrade: h2c}), HTTP/2 offered
     * through ALPN on {@code https://}; redirects are not followed. A given client is used as it is.
     * A response body is read up to {@code maxBodyBytes + 1} bytes and no further, so a huge body
     * costs no more memory than that: it fails as {@code UNDECODABLE}.
     */
    public Transport(URI endpoint, String where, Duration connectTimeout, Duration requestTimeout,
            @Nullable SSLContext sslContext, @Nullable HttpClient given, int maxBodyBytes) {
        this.endpoint = endpoint;
        this.where = where;
        this.requestTimeout = requestTimeout;
        this.maxBodyBytes = maxBodyBytes;
        if (given != null) {
            this.http = given;
            return;
        }
        boolean tls = "https".equals(endpoint.getScheme().toLowerCase(Locale.ROOT));
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(tls ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (sslContext != null) {
            b.sslContext(sslContext);
        }
        this.http = b.build();
    }

    /** The endpoint as messages name it. */
    public String where() {
        return where;
    }

    /**
     * POSTs a JSON body.
     *
     * @param authorization the Authorization header value, or {@code null}
     * @return the response, with every occurrence of the Authorization value (and of its credential
     *     after the scheme) in the body replaced by {@code …}, so that a peer echoing it cannot bring it
     *     into an exception message, an excerpt or a log line; failed with a
     *     {@link BiClientException} when no response came
     */
    public CompletableFuture<PeerResponse> post(byte[] body, @Nullable String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = http.sendAsync(request.build(), BoundedBody.handler(maxBodyBytes));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(failure(e));
        }
        return sent.handle((response, failure) -> {
            if (failure != null) {
                throw failure(failure);
            }
            String type = response.headers().firstValue("Content-Type").orElse(null);
            if (response.body().length > maxBodyBytes) {
                throw new BiClientException(Kind.UNDECODABLE, response.statusCode(), type, "", null, null,
                        "HTTP " + response.statusCode() + " from " + where + " with a body longer than the limit of "
                                + maxBodyBytes + " bytes; the rest was not read", null);
            }
            return new PeerResponse(response.statusCode(), type, Redaction.without(response.body(), authorization), where);
        });
    }

    private BiClientException failure(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (t instanceof BiClientException e) {
            return e;
        }
        if (TransportFailures.timedOut(t)) {
            return new BiClientException(Kind.TIMEOUT, "no response from " + where + " within "
                    + TransportFailures.seconds(requestTimeout), t);
        }
        boolean never = TransportFailures.neverConnected(t);
        return new BiClientException(Kind.TRANSPORT, (never ? "cannot reach " + where + ": " : "the exchange with " + where
                + " failed: ") + TransportFailures.reason(t), t);
    }
}
