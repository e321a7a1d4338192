package io.lorawanbi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** The HikariCP pool and the threads a JDBC handler owns. */
public final class Pools {

    /** The pool's name in HikariCP's own log lines, and the PostgreSQL {@code application_name}. */
    public static final String NAME = "lorawan-bi-registry";

    private Pools() {}

    /**
     * A HikariCP pool that starts even while the database is down (connections are made on demand),
     * reads only, and bounds every wait: {@code connectionTimeout} for a connection, and for PostgreSQL
     * the driver's connect and socket timeouts as a backstop behind the query timeout.
     *
     * @throws IllegalArgumentException if no driver accepts the URL or HikariCP refuses the settings;
     *     the message has the URL with its credentials masked and never the password
     */
    public static HikariDataSource hikari(String url, @Nullable String user, @Nullable String password, int size,
            Duration connectionTimeout, Duration queryTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(NAME);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(1, size));
        config.setConnectionTimeout(connectionTimeout.toMillis());
        config.setValidationTimeout(Math.max(250, connectionTimeout.toMillis() / 2));
        config.setInitializationFailTimeout(-1);
        config.setReadOnly(true);
        config.setAutoCommit(true);
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            // Parameters in the URL win over these (the driver reads the URL last).
            long connectSeconds = ceilSeconds(connectionTimeout);
            config.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
            config.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
            config.addDataSourceProperty("socketTimeout", Long.toString(ceilSeconds(queryTimeout) + 5));
            config.addDataSourceProperty("ApplicationName", NAME);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot open a connection pool for " + Redaction.url(url) + ": "
                    + e.getClass().getSimpleName() + ": " + Redaction.message(e.getMessage(), password));
        }
    }

    /** Whole seconds, rounded up, at least 1. */
    public static long ceilSeconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    /** {@code threads} daemon lookup threads, ending after 60 s idle, with a queue of {@code queue} lookups. */
    public static ThreadPoolExecutor lookups(int threads, int queue) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), daemon(NAME + "-lookup-"));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** One daemon thread that cancels statements at their timeout. */
    public static ScheduledThreadPoolExecutor canceller() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, daemon(NAME + "-cancel-"));
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
