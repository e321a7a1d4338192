package io.lorawanbi.server.jdk;

import java.time.Duration;

/**
 * The exchanges a {@link BiHttpServer} has begun and not yet finished, so that closing can wait for
 * them. Once closing has begun, new exchanges are refused; once it has drained (or given up), none is
 * begun any more. Thread-safe.
 */
final class InFlight {

    /** What to do with an exchange that arrives. */
    enum Admission {
        /** Serve it. */
        SERVE,
        /** The server is closing: answer HTTP 503 at once (the answer itself counts as an exchange). */
        REFUSE,
        /** The server has drained: drop the connection without beginning a response. */
        DROP
    }

    private int open;
    private boolean closing;
    private boolean drained;

    /** Admits an exchange; a {@link Admission#SERVE} or {@link Admission#REFUSE} must be {@link #end}ed. */
    synchronized Admission begin() {
        if (drained) {
            return Admission.DROP;
        }
        open++;
        return closing ? Admission.REFUSE : Admission.SERVE;
    }

    /** Ends an admitted exchange, whatever became of it. */
    synchronized void end() {
        if (--open == 0) {
            notifyAll();
        }
    }

    /**
     * Refuses new exchanges, waits until the open ones end or the grace period passes, then admits
     * none.
     *
     * @return how many exchanges were still open when the wait ended (0 when all finished)
     */
    synchronized int drain(Duration grace) {
        closing = true;
        long deadline = System.nanoTime() + grace.toNanos();
        boolean interrupted = false;
        try {
            long left;
            while (open > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    long millis = Math.max(1, left / 1_000_000);
                    wait(millis);
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                }
            }
            drained = true;
            return open;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
