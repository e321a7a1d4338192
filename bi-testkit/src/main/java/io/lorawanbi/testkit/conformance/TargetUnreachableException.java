package io.lorawanbi.testkit.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * No connection to the endpoint could be made, so nothing was sent: nothing listens at the address,
 * the name does not resolve, the connection timed out, or the TLS handshake failed. Unlike a
 * connection closed after the request was sent, this is never a refusal of the request: a rule that
 * meets it fails, and the runner's preflight ends the run with {@link #getMessage() the cause}.
 *
 * <p>The message names the endpoint without user information or query, and gives the reason in
 * words (for a failed handshake, the certificate path problem), never a credential.
 */
public final class TargetUnreachableException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    /**
     * An unreachable endpoint.
     *
     * @param message the endpoint and the reason, for a report
     * @param cause the transport failure
     */
    public TargetUnreachableException(String message, IOException cause) {
        super(message, cause);
    }
}
