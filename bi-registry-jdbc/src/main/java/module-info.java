/**
 * A device registry in a relational database for HomeNSReq: {@link io.lorawanbi.registry.jdbc.JdbcHomeNSHandler}
 * looks devices up over JDBC through a HikariCP pool, with ready queries for the registries operators run
 * ({@link io.lorawanbi.registry.jdbc.RegistryPreset}). The PostgreSQL driver comes along.
 */
module io.lorawanbi.registry.jdbc {
    requires transitive io.lorawanbi.server;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires static org.jspecify;
    // Loaded through java.sql.DriverManager for jdbc:postgresql: URLs.
    requires org.postgresql.jdbc;

    exports io.lorawanbi.registry.jdbc;
}
