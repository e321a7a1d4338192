package io.lorawanbi.micrometer.internal;

import io.lorawanbi.micrometer.ReadinessCheck;
import io.lorawanbi.micrometer.ReadinessCheck.Status;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs named readiness checks in parallel, each bounded in time, none twice at once (a check still
 * running from an earlier request is waited for, not started again), and renders the health document.
 * Thread-safe.
 */
public final class HealthChecks {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.micrometer.MetricsServer");

    private final Map<String, ReadinessCheck> checks;
    private final Duration timeout;
    private final ExecutorService executor;
    private final Map<String, CompletableFuture<Status>> running = new ConcurrentHashMap<>();

    /** Checks run on the executor, each within the timeout. */
    public HealthChecks(Map<String, ReadinessCheck> checks, Duration timeout, ExecutorService executor) {
        this.checks = new LinkedHashMap<>(checks);
        this.timeout = timeout;
        this.executor = executor;
    }

    /** The outcome of every check, in registration order. */
    public Map<String, Status> run() {
        Map<String, CompletableFuture<Status>> started = new LinkedHashMap<>();
        checks.forEach((name, check) -> started.put(name, running.compute(name, (n, previous) ->
                previous != null && !previous.isDone() ? previous : start(check))));
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Status> out = new LinkedHashMap<>();
        started.forEach((name, future) -> out.put(name, await(name, future, deadline)));
        return out;
    }

    private CompletableFuture<Status> start(ReadinessCheck check) {
        try {
            return CompletableFuture.supplyAsync(check::check, executor);
        } catch (RuntimeException e) { // the executor is shut down
            return CompletableFuture.completedFuture(Status.down("not checked: stopping"));
        }
    }

    private Status await(String name, CompletableFuture<Status> future, long deadline) {
        try {
            Status s = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return s != null ? s : Status.down("the check gave no status");
        } catch (TimeoutException e) {
            return Status.down("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            String type = e.getCause() == null ? "unknown" : e.getCause().getClass().getName();
            LOG.log(System.Logger.Level.WARNING, () -> "readiness check " + name + " failed: " + type);
            return Status.down("the check failed: " + type);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.down("interrupted");
        }
    }

    /** The JSON health document: {@code {"status":"UP"|"DOWN","checks":{name:{"status":..,"detail":..}}}}. */
    public static String json(Map<String, Status> results) {
        boolean up = results.values().stream().allMatch(Status::ready);
        StringBuilder b = new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":{");
        boolean first = true;
        for (Map.Entry<String, Status> e : results.entrySet()) {
            b.append(first ? "" : ",");
            first = false;
            string(b, e.getKey());
            b.append(":{\"status\":\"").append(e.getValue().ready() ? "UP" : "DOWN").append('"');
            if (!e.getValue().detail().isEmpty()) {
                b.append(",\"detail\":");
                string(b, e.getValue().detail());
            }
            b.append('}');
        }
        return b.append("}}").toString();
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                    && !(Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                            : i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
