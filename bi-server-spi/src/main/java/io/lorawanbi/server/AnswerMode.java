package io.lorawanbi.server;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a peer receives answers (docs/reference.md §1.2), agreed with it out of band.
 */
public sealed interface AnswerMode permits AnswerMode.Sync, AnswerMode.Async {

    /** The answer is the body of the HTTP response to the request. */
    record Sync() implements AnswerMode {}

    /**
     * The request is acknowledged at once with HTTP 200 and an empty body; the answer is POSTed later
     * to the peer's own endpoint, which correlates it by TransactionID.
     *
     * @param endpoint the peer's Backend Interfaces URL
     * @param timeout the timeout of one delivery attempt
     * @param maxAttempts how many times delivery is attempted (1 to 10)
     */
    record Async(URI endpoint, Duration timeout, int maxAttempts) implements AnswerMode {
        /** Checks the values. */
        public Async {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("maxAttempts must be 1 to 10, got " + maxAttempts);
            }
        }
    }

    /** Synchronous answers (the default). */
    static AnswerMode sync() {
        return new Sync();
    }

    /** Asynchronous answers to an endpoint, 5 s per attempt, 3 attempts. */
    static AnswerMode async(URI endpoint) {
        return new Async(endpoint, Duration.ofSeconds(5), 3);
    }
}
