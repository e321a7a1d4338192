package io.lorawanbi.client.redis;

/**
 * Redis could not be reached, or did not answer within the store's operation timeout, while
 * registering a request or delivering an answer. The operation did not take effect as far as the caller
 * can tell; the store reconnects by itself and later operations succeed once Redis is back. The message
 * names the server by host and port only, never with its credentials.
 */
public final class PendingStoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be done, and where
     * @param cause the Redis client's error
     */
    public PendingStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
