package io.lorawanbi.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What a transport sends back: an HTTP status, headers and a body (docs/reference.md §1.3, §4.3). A BI
 * answer goes out with status 200; status 400 is used only when no answer can be built (also for a
 * posted answer or notification that is refused), 500 when an answer or notification consumer fails.
 *
 * <p>Immutable and thread-safe: the body is copied in and out.
 */
public final class OutboundResponse {

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    private OutboundResponse(int status, Map<String, List<String>> headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /**
     * A JSON body ({@code Content-Type: application/json}) with the given status: 200 for a BI answer,
     * 400 for a bare Result when no answer can be addressed.
     *
     * @param status the HTTP status, from 100 to 599
     * @param body the UTF-8 JSON body, copied
     * @throws IllegalArgumentException if the status is not an HTTP status code
     */
    public static OutboundResponse json(int status, byte[] body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        return new OutboundResponse(status, JSON, body.clone());
    }

    /**
     * HTTP 200 with an empty body: the acknowledgement of a request answered asynchronously, or of a
     * posted answer or notification that was taken.
     */
    public static OutboundResponse acknowledged() {
        return new OutboundResponse(200, Map.of(), new byte[0]);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The headers to set. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The body: a fresh copy (empty for an acknowledgement). */
    public byte[] body() {
        return body.clone();
    }

    /** The body's length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OutboundResponse[" + status + ", " + body.length + " bytes]";
    }
}
