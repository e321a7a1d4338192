package io.lorawanbi.registry.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.registry.jdbc.internal.LookupRunner;
import io.lorawanbi.registry.jdbc.internal.Pools;
import io.lorawanbi.registry.jdbc.internal.Redaction;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Answers HomeNSReq (TS002 §3.2) from a device registry in a relational database: a {@link LookupQuery}
 * (or a {@link RegistryPreset}) run over JDBC for the request's JoinEUI ({@code ReceiverID}) and DevEUI.
 * No row: {@code UnknownDevEUI}. A row: the home NetID and NSID it holds, or those configured with
 * {@link Builder#homeNetId} and {@link Builder#homeNsId}. Register it with
 * {@code BiServer.Builder#homeNsHandler}.
 *
 * <p><b>Connections.</b> Either a JDBC URL, user and password, for which the handler opens and owns a
 * HikariCP pool of {@link Builder#poolSize} connections (read-only, started even while the database is
 * down, PostgreSQL driver included), or a {@link DataSource} the host passes and keeps (the handler
 * neither configures nor closes it, so its own connection timeout bounds the wait for a connection).
 *
 * <p><b>Failures and time.</b> The lookup runs on the handler's own {@link Builder#poolSize} threads,
 * never on the caller's: {@link #resolve} returns at once. Waiting for a connection is bounded by
 * {@link Builder#connectionTimeout} (owned pool), the query by {@link Builder#queryTimeout} (the
 * statement is cancelled then), and the whole lookup by the request's deadline
 * ({@link RequestContext#deadline()}, from {@code BiServer.Builder#handlerTimeout}): the stage completes
 * by then whatever the database does. A database that is down, refuses, fails or is too slow gives
 * {@code Other} with a Description that says nothing of the database; so does a full queue
 * ({@link Builder#maxQueuedLookups}) and a closed handler. Each lookup takes a fresh connection from the
 * pool, so answers come back on their own once the database is back. The registry becoming unreachable
 * is logged once at WARNING, its return at INFO, other failures at DEBUG, through {@link System.Logger}
 * {@code io.lorawanbi.registry.jdbc.JdbcHomeNSHandler}. HikariCP logs through SLF4J under the pool name
 * {@code lorawan-bi-registry}.
 *
 * <p><b>Secrets.</b> The password never appears in {@link #toString()}, a log line or an exception
 * message; URLs are shown with password-like parameters and {@code user:password@} masked.
 *
 * <p>Thread-safe. Close it to stop its threads and, if it owns one, its pool.
 */
public final class JdbcHomeNSHandler implements HomeNSHandler, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JdbcHomeNSHandler.class.getName());

    private final @Nullable HikariDataSource ownedPool;
    private final ThreadPoolExecutor lookups;
    private final ScheduledThreadPoolExecutor canceller;
    private final LookupRunner runner;
    private final String description;
    private final DataSource dataSource;
    private final int pingSeconds;
    private volatile boolean closed;

    private JdbcHomeNSHandler(Builder b, DataSource dataSource, @Nullable HikariDataSource ownedPool, String source) {
        this.ownedPool = ownedPool;
        this.dataSource = dataSource;
        this.pingSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (b.queryTimeout.toMillis() + 999) / 1000));
        this.lookups = Pools.lookups(b.poolSize, b.maxQueuedLookups);
        this.canceller = Pools.canceller();
        this.runner = new LookupRunner(dataSource, b.query, b.homeNetId, Optional.ofNullable(b.homeNsId),
                b.queryTimeout, canceller, b.password);
        this.description = "JdbcHomeNSHandler[" + source + ", query=" + b.queryName + ", homeNetId=" + b.homeNetId
                + ", homeNsId=" + b.homeNsId + ", poolSize=" + b.poolSize + ", connectionTimeout="
                + b.connectionTimeout + ", queryTimeout=" + b.queryTimeout + "]";
    }

    /** A builder; set a JDBC URL or a data source, and a query or a preset. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Looks the device up on the handler's threads; the stage completes by the request's deadline at
     * the latest, never exceptionally.
     */
    @Override
    public CompletionStage<HomeNSOutcome> resolve(HomeNSReq request, RequestContext context) {
        Objects.requireNonNull(request, "request");
        Instant deadline = context.deadline();
        CompletableFuture<HomeNSOutcome> out = new CompletableFuture<>();
        if (closed) {
            out.complete(LookupRunner.other("device registry closed"));
            return out;
        }
        try {
            lookups.execute(new Lookup(out, () -> runner.lookup(request, deadline)));
        } catch (RejectedExecutionException e) {
            out.complete(LookupRunner.other(closed ? "device registry closed" : "device registry busy"));
            return out;
        }
        long nanos = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
        return out.completeOnTimeout(LookupRunner.other(LookupRunner.TOO_SLOW), nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Whether the database answers now, for a readiness check (such as bi-micrometer's
     * {@code MetricsServer.Builder#readinessCheck}): takes a connection and checks it with
     * {@link java.sql.Connection#isValid(int)}. Runs on the caller's thread, beside the lookups, and
     * takes at most the wait for a connection ({@link Builder#connectionTimeout} for the owned pool, the
     * data source's own timeout otherwise) plus the {@link Builder#queryTimeout} rounded up to whole
     * seconds for the check.
     *
     * @return {@code true} if a connection was obtained and is valid; {@code false} if the database is
     *     unreachable, refuses, fails or does not answer in that time, or the handler is closed. Never
     *     throws; the cause is logged at DEBUG without credentials.
     */
    public boolean ping() {
        if (closed) {
            return false;
        }
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.isValid(pingSeconds);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "device registry ping failed: " + e.getClass().getName());
            return false;
        }
    }

    /**
     * Stops the lookup threads (lookups still queued are answered {@code Other}), and closes the pool if
     * the handler opened it. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        runner.close();
        for (Runnable queued : lookups.shutdownNow()) {
            if (queued instanceof Lookup lookup) {
                lookup.out.complete(LookupRunner.other("device registry closed"));
            }
        }
        canceller.shutdownNow();
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    /** The settings, without the password. */
    @Override
    public String toString() {
        return description;
    }

    private record Lookup(CompletableFuture<HomeNSOutcome> out, java.util.function.Supplier<HomeNSOutcome> call)
            implements Runnable {
        @Override
        public void run() {
            if (!out.isDone()) {
                out.complete(call.get());
            }
        }
    }

    /** Settings for a {@link JdbcHomeNSHandler}; not thread-safe. */
    public static final class Builder {
        private @Nullable String jdbcUrl;
        private @Nullable String username;
        private @Nullable String password;
        private @Nullable DataSource dataSource;
        private @Nullable LookupQuery query;
        private String queryName = "custom";
        private @Nullable RegistryPreset preset;
        private @Nullable NetID homeNetId;
        private @Nullable EUI64 homeNsId;
        private int poolSize = 4;
        private int maxQueuedLookups = 256;
        private Duration connectionTimeout = Duration.ofSeconds(1);
        private Duration queryTimeout = Duration.ofSeconds(2);

        private Builder() {}

        /**
         * The database's JDBC URL, for a pool the handler opens ({@code jdbc:postgresql://host:5432/db});
         * excludes {@link #dataSource}. Prefer {@link #password} to a password in the URL.
         */
        public Builder jdbcUrl(String url) {
            this.jdbcUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The database user, for the pool the handler opens. */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username");
            return this;
        }

        /** The database password, for the pool the handler opens; shown nowhere. */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * A data source the host owns, configured (with its own connection timeout) and closed by the
         * host; excludes {@link #jdbcUrl}.
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** The lookup query; excludes {@link #preset}. */
        public Builder query(LookupQuery query) {
            this.query = Objects.requireNonNull(query, "query");
            this.queryName = "custom";
            this.preset = null;
            return this;
        }

        /** A ready query for a known registry; needs {@link #homeNetId}. Excludes {@link #query}. */
        public Builder preset(RegistryPreset preset) {
            this.preset = Objects.requireNonNull(preset, "preset");
            this.query = preset.query();
            this.queryName = preset.name();
            return this;
        }

        /** The home NetID answered for a device whose row has no {@code home_net_id}: this network's NetID. */
        public Builder homeNetId(NetID homeNetId) {
            this.homeNetId = Objects.requireNonNull(homeNetId, "homeNetId");
            return this;
        }

        /** The home NSID (HNSID, 1.1 answers) for a device whose row has no {@code home_ns_id}; default none. */
        public Builder homeNsId(EUI64 homeNsId) {
            this.homeNsId = Objects.requireNonNull(homeNsId, "homeNsId");
            return this;
        }

        /** Connections of the owned pool, and lookup threads; 1 to 64, default 4. */
        public Builder poolSize(int size) {
            if (size < 1 || size > 64) {
                throw new IllegalArgumentException("poolSize must be 1 to 64, was " + size);
            }
            this.poolSize = size;
            return this;
        }

        /** Lookups waiting for a thread before further ones are answered {@code Other}; 1 to 65536, default 256. */
        public Builder maxQueuedLookups(int max) {
            if (max < 1 || max > 65_536) {
                throw new IllegalArgumentException("maxQueuedLookups must be 1 to 65536, was " + max);
            }
            this.maxQueuedLookups = max;
            return this;
        }

        /** The longest wait for a connection of the owned pool; at least 250 ms (HikariCP's floor), default 1 s. */
        public Builder connectionTimeout(Duration timeout) {
            if (timeout.toMillis() < 250) {
                throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, was " + timeout);
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /** The longest a lookup query may run before it is cancelled; at least 1 ms, default 2 s. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.toMillis() < 1) {
                throw new IllegalArgumentException("queryTimeout must be at least 1 ms, was " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Builds the handler, opening the pool for a JDBC URL (no connection is made yet).
         *
         * @throws IllegalStateException if neither or both of a URL and a data source, or no query, are
         *     set, or a preset lacks the home NetID
         * @throws IllegalArgumentException if no driver accepts the URL (the message masks its credentials)
         */
        public JdbcHomeNSHandler build() {
            if ((jdbcUrl == null) == (dataSource == null)) {
                throw new IllegalStateException("set either a JDBC URL or a data source");
            }
            if (query == null) {
                throw new IllegalStateException("set a lookup query or a preset");
            }
            if (preset != null && homeNetId == null) {
                throw new IllegalStateException("the preset " + preset + " stores no home NetID: set homeNetId");
            }
            if (dataSource != null) {
                return new JdbcHomeNSHandler(this, dataSource, null, "dataSource=" + dataSource.getClass().getName());
            }
            String url = Objects.requireNonNull(jdbcUrl);
            HikariDataSource pool = Pools.hikari(url, username, password, poolSize, connectionTimeout, queryTimeout);
            String source = "url=" + Redaction.url(url) + ", user=" + username
                    + (password != null ? ", password=" + Redaction.MASK : "");
            return new JdbcHomeNSHandler(this, pool, pool, source);
        }
    }
}
