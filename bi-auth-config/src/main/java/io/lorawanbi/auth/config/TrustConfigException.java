package io.lorawanbi.auth.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A trust configuration or PEM file that cannot be used: unreadable, malformed, or naming something
 * unknown. The message starts with the file and, where known, the line ({@code config.yml:3: ...}),
 * and never contains key material.
 */
public final class TrustConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * An error in a file.
     *
     * @param file the file at fault
     * @param line its 1-based line, or 0 when not known
     * @param problem what is wrong
     * @param cause the underlying failure, if any
     */
    public TrustConfigException(Path file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
    }

    /** An error in a file, without a cause. */
    public TrustConfigException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, if known. */
    public Optional<Integer> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }
}
