package io.lorawanbi.registry.jdbc.internal;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.registry.jdbc.LookupQuery;
import io.lorawanbi.server.HomeNSOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs one lookup on the calling thread, bounded by the query timeout and the request's deadline, and
 * turns every failure into an {@code Other} outcome whose Description says nothing of the database.
 * Logs the registry going unreachable once at WARNING and coming back at INFO, each later failure at
 * DEBUG; never a credential. Thread-safe.
 */
public final class LookupRunner {

    private static final System.Logger LOG = System.getLogger("io.lorawanbi.registry.jdbc.JdbcHomeNSHandler");

    /** The Description of an answer when the registry fails. */
    public static final String UNAVAILABLE = "device registry unavailable";
    /** The Description of an answer when the registry is too slow. */
    public static final String TOO_SLOW = "device registry did not answer in time";

    private final DataSource dataSource;
    private final LookupQuery query;
    private final @Nullable NetID homeNetId;
    private final Optional<EUI64> homeNsId;
    private final Duration queryTimeout;
    private final ScheduledExecutorService canceller;
    private final @Nullable String password;
    private final AtomicBoolean healthy = new AtomicBoolean(true);
    private volatile boolean closed;

    /**
     * @param password the configured password, only to mask it in logged driver messages
     */
    public LookupRunner(DataSource dataSource, LookupQuery query, @Nullable NetID homeNetId,
            Optional<EUI64> homeNsId, Duration queryTimeout, ScheduledExecutorService canceller,
            @Nullable String password) {
        this.dataSource = dataSource;
        this.query = query;
        this.homeNetId = homeNetId;
        this.homeNsId = homeNsId;
        this.queryTimeout = queryTimeout;
        this.canceller = canceller;
        this.password = password;
    }

    /** Marks the handler closed: failures of lookups still running are then expected, and logged at DEBUG. */
    public void close() {
        closed = true;
    }

    /** An {@code Other} outcome. */
    public static HomeNSOutcome other(String description) {
        return new HomeNSOutcome.Failure(ResultCode.Other, description);
    }

    /** Looks the request's device up; never throws. */
    public HomeNSOutcome lookup(HomeNSReq request, Instant deadline) {
        Optional<EUI64> joinEui = request.header().receiverId() instanceof EUI64 e ? Optional.of(e) : Optional.empty();
        List<String> order = query.parameterOrder();
        if (joinEui.isEmpty() && order.contains(LookupQuery.JOIN_EUI)) {
            return new HomeNSOutcome.UnknownDevice("ReceiverID is not a JoinEUI");
        }
        if (!Instant.now().isBefore(deadline)) {
            return other(TOO_SLOW);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query.jdbcSql())) {
            for (int i = 0; i < order.size(); i++) {
                EUI64 eui = order.get(i).equals(LookupQuery.DEV_EUI) ? request.devEui() : joinEui.orElseThrow();
                statement.setObject(i + 1, query.encoding().bind(eui));
            }
            // The driver's own timeout has whole seconds; the scheduled cancel keeps the milliseconds.
            long left = Math.min(queryTimeout.toMillis(), Duration.between(Instant.now(), deadline).toMillis());
            if (left <= 0) {
                return other(TOO_SLOW);
            }
            statement.setQueryTimeout((int) Pools.ceilSeconds(Duration.ofMillis(left)));
            statement.setMaxRows(1);
            ScheduledFuture<?> cancel = canceller.schedule(() -> cancelQuietly(statement), left, TimeUnit.MILLISECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                HomeNSOutcome outcome = rows.next() ? found(RowReader.read(rows)) : HomeNSOutcome.unknownDevice();
                recovered();
                return outcome;
            } catch (SQLException e) {
                if (cancel.isDone() || e instanceof SQLTimeoutException || "57014".equals(e.getSQLState())) {
                    failed("a lookup exceeded its " + left + " ms", e);
                    return other(TOO_SLOW);
                }
                throw e;
            } finally {
                cancel.cancel(false);
            }
        } catch (SQLException e) {
            failed("a lookup failed", e);
            return other(UNAVAILABLE);
        } catch (RowReader.BadValueException e) {
            LOG.log(System.Logger.Level.WARNING, "device registry returned an unusable row: " + e.getMessage());
            return other("device registry returned an unusable record");
        } catch (RuntimeException e) {
            failed("a lookup failed", e);
            return other(UNAVAILABLE);
        }
    }

    private HomeNSOutcome found(RowReader.Row row) {
        Optional<NetID> netId = row.homeNetId().or(() -> Optional.ofNullable(homeNetId));
        if (netId.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "the device registry has no home NetID for a device and none is configured");
            return other("no home NetID configured");
        }
        return new HomeNSOutcome.Found(netId.get(), row.homeNsId().or(() -> homeNsId), Optional.empty());
    }

    private static void cancelQuietly(PreparedStatement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "cancelling a lookup failed: " + e.getClass().getName());
        }
    }

    private void failed(String what, Exception e) {
        String detail = what + ": " + describe(e);
        if (closed) {
            LOG.log(System.Logger.Level.DEBUG, "after close, " + detail);
        } else if (healthy.getAndSet(false)) {
            LOG.log(System.Logger.Level.WARNING, "device registry unreachable or failing, answering Other until it"
                    + " recovers; " + detail);
        } else {
            LOG.log(System.Logger.Level.DEBUG, detail);
        }
    }

    private void recovered() {
        if (!healthy.getAndSet(true)) {
            LOG.log(System.Logger.Level.INFO, "device registry answers again");
        }
    }

    /** Class, SQLState and message of an exception and its causes, credentials masked. */
    private String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 1000; t = t.getCause()) {
            if (t != e) {
                out.append("; caused by ");
            }
            out.append(t.getClass().getName());
            if (t instanceof SQLException s && s.getSQLState() != null) {
                out.append(" [SQLState ").append(s.getSQLState()).append(']');
            }
            out.append(": ").append(Redaction.message(t.getMessage(), password));
        }
        return out.toString();
    }
}
