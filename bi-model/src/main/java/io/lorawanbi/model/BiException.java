package io.lorawanbi.model;

/**
 * The root of the library's exceptions. All are unchecked. Their messages never carry key material
 * or credentials.
 */
public abstract class BiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A new exception.
     *
     * @param message what went wrong, without secrets
     * @param cause the underlying failure, or {@code null}
     */
    protected BiException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A new exception without cause.
     *
     * @param message what went wrong, without secrets
     */
    protected BiException(String message) {
        super(message);
    }
}
