package io.lorawanbi.testkit.internal;

import java.time.Duration;

/**
 * The exchanges a test kit server has begun and not yet answered, so that closing can wait for them.
 * Once closing has begun, {@link #begin()} says so, and the server answers the newcomer at once (that
 * answer counts as an exchange too); once the wait has ended, nothing is begun any more. Thread-safe.
 */
public final class OpenExchanges {

    /** What to do with an exchange that arrives. */
    public enum Admission {
        /** Serve it. */
        SERVE,
        /** The server is closing: answer at once without work, then {@link #end()}. */
        REFUSE,
        /** The server has stopped waiting: close the exchange without a response, no {@link #end()}. */
        DROP
    }

    private int open;
    private boolean closing;
    private boolean drained;

    /** Admits an exchange; a {@link Admission#SERVE} or {@link Admission#REFUSE} must be {@link #end}ed once. */
    public synchronized Admission begin() {
        if (drained) {
            return Admission.DROP;
        }
        open++;
        return closing ? Admission.REFUSE : Admission.SERVE;
    }

    /** Ends an admitted exchange, whatever became of it. */
    public synchronized void end() {
        if (--open == 0) {
            notifyAll();
        }
    }

    /**
     * Refuses new exchanges, waits until the open ones end or the grace period passes, then admits none.
     *
     * @param grace the longest wait; zero or negative waits not at all
     * @return how many exchanges were still open when the wait ended (0 when all finished)
     */
    public synchronized int drain(Duration grace) {
        closing = true;
        long deadline = System.nanoTime() + Math.max(0, grace.toNanos());
        boolean interrupted = false;
        try {
            long left;
            while (open > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    wait(Math.max(1, left / 1_000_000));
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
