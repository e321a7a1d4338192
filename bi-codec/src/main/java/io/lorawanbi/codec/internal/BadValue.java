package io.lorawanbi.codec.internal;

/**
 * A member value has the wrong type or form. Thrown by a {@link ValueCodec} before it consumes any
 * token, caught by the object reader, which records a problem and skips the value. Carries no stack
 * trace: it is control flow, not a bug report.
 */
final class BadValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadValue(String reason) {
        super(reason, null, false, false);
    }
}
