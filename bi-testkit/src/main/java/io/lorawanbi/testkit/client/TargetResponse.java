package io.lorawanbi.testkit.client;

import java.nio.charset.StandardCharsets;

/**
 * What an endpoint under test answered to one POST: the HTTP status and the body.
 *
 * <p>Immutable and thread-safe: the body is copied in and out.
 */
public final class TargetResponse {

    private final int status;
    private final byte[] body;

    /**
     * A response.
     *
     * @param status the HTTP status
     * @param body the body (copied)
     */
    public TargetResponse(int status, byte[] body) {
        this.status = status;
        this.body = body.clone();
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The body: a fresh copy. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Status and a short excerpt of the body, for reports. */
    @Override
    public String toString() {
        String text = bodyText();
        return "HTTP " + status + (text.isEmpty() ? " (empty body)" : " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
    }
}
