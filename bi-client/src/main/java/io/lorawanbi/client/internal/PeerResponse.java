package io.lorawanbi.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a peer sent back to one POST.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header, or {@code null}
 * @param body the body, possibly empty
 * @param where the endpoint as messages name it
 */
public record PeerResponse(int status, @Nullable String contentType, byte[] body, String where) {

    /** Whether the status is 2xx. */
    public boolean is2xx() {
        return status >= 200 && status < 300;
    }
}
