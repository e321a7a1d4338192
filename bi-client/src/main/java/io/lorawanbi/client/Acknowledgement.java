package io.lorawanbi.client;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a requester's endpoint acknowledged an answer posted to it by {@link BiClient#postAnswer}: a 2xx
 * status (TS002 §1.2: HTTP 200 and an empty body from a conforming requester).
 *
 * <p>Immutable and thread-safe: the body is copied in and out.
 */
public final class Acknowledgement {

    private final int status;
    private final @Nullable String contentType;
    private final byte[] body;

    /**
     * An acknowledgement.
     *
     * @param status the 2xx status
     * @param contentType the Content-Type, or {@code null}
     * @param body the body (copied)
     */
    public Acknowledgement(int status, @Nullable String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body.clone();
    }

    /** The HTTP status, 200 to 299. */
    public int status() {
        return status;
    }

    /** The Content-Type, if any. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The body: a fresh copy; empty from a conforming requester. */
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "Acknowledgement[HTTP " + status + ", " + body.length + " bytes]";
    }
}
