package io.lorawanbi.codec.internal;

/**
 * The input cannot be read any further: a syntax error, a broken limit, invalid UTF-8. Carries the
 * reason and the member path where it happened; no stack trace.
 */
final class Fatal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    Fatal(String path, String reason) {
        super(reason, null, false, false);
        this.path = path;
    }

    String path() {
        return path;
    }
}
