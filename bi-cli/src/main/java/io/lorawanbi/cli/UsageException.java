package io.lorawanbi.cli;

/** A command line that cannot be run as given: wrong arguments, unreadable files. Exit status 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
