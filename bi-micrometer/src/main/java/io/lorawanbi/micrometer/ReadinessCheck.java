package io.lorawanbi.micrometer;

import java.util.Objects;

/**
 * Whether a part the BI server depends on is ready to serve, for {@code GET /health} of a
 * {@link MetricsServer}: the server itself while it runs, a device registry's connection pool, a
 * pending store. A check must be quick; the server bounds it in time anyway (a check still running at
 * its time limit counts as not ready) and never runs the same check twice at once.
 */
@FunctionalInterface
public interface ReadinessCheck {

    /**
     * Checks now.
     *
     * @return the status; a check that throws counts as not ready, reported with the exception's class
     *     name only
     */
    Status check();

    /**
     * The outcome of a check.
     *
     * @param ready whether the part is ready
     * @param detail a short explanation shown in the health document, such as {@code "pool: 3 idle of
     *     10"} or {@code "database unreachable"}; empty for none. Shown to whoever can reach the health
     *     endpoint: never a credential, a connection string or a key
     */
    record Status(boolean ready, String detail) {
        /** Checks the detail is given. */
        public Status {
            Objects.requireNonNull(detail, "detail");
        }

        /** Ready, without detail. */
        public static Status up() {
            return new Status(true, "");
        }

        /** Not ready, with a reason. */
        public static Status down(String reason) {
            return new Status(false, reason);
        }
    }
}
