package io.lorawanbi.cli;

import java.time.Duration;

/**
 * The {@code shutdown} section.
 *
 * @param grace on SIGTERM or SIGINT, how long exchanges in progress may take to finish after the
 *     listener stops accepting; then the rest are closed and the process exits 0
 */
record ShutdownConfig(Duration grace) {

    static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    static ShutdownConfig defaults() {
        return new ShutdownConfig(DEFAULT_GRACE);
    }

    static ShutdownConfig read(ConfigNode n) {
        n.only("grace");
        return new ShutdownConfig(n.duration("grace").orElse(DEFAULT_GRACE));
    }
}
