package io.lorawanbi.model.object;

import io.lorawanbi.model.BiException;

/**
 * A key could not be wrapped or unwrapped: the KEK is unusable, the wrapped data has an impossible
 * length, or its integrity check failed (wrong KEK or corrupted data). The message never contains
 * key material.
 */
public final class KeyWrapException extends BiException {

    private static final long serialVersionUID = 1L;

    /**
     * A new exception.
     *
     * @param message what failed, without key material
     * @param cause the underlying failure, whose message carries no key material either
     */
    public KeyWrapException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A new exception without cause.
     *
     * @param message what failed, without key material
     */
    public KeyWrapException(String message) {
        super(message);
    }
}
