package io.lorawanbi.cli;

import io.lorawanbi.registry.jdbc.JdbcHomeNSHandler;
import io.lorawanbi.registry.jdbc.LookupQuery;
import io.lorawanbi.registry.jdbc.RegistryPreset;
import java.util.Map;

/** Opens the JDBC device registry of a {@code registry.jdbc} section (docs/registry.md). */
final class JdbcRegistry {

    /**
     * HikariCP's INFO lines (pool starting, started) are not the tool's to print: its loggers start at
     * WARNING, where a pool that cannot connect still shows. A strong reference, or java.util.logging
     * could forget the level.
     */
    private static final java.util.logging.Logger HIKARI = java.util.logging.Logger.getLogger("com.zaxxer.hikari");

    static {
        HIKARI.setLevel(java.util.logging.Level.WARNING);
    }

    private JdbcRegistry() {}

    /**
     * The handler for the section, with the answers' home NetID and NSID as the defaults of rows that
     * carry none; its pool connects on demand, so a database down at start is answered {@code Other}
     * until it is up.
     *
     * @param environment where {@code env:} secrets are read
     * @throws UsageException when a ready query lacks the home NetID, the secret cannot be read, or no
     *     driver accepts the URL (named without its credentials)
     */
    static JdbcHomeNSHandler open(JdbcRegistryConfig jdbc, AnswersConfig answers, Map<String, String> environment) {
        JdbcHomeNSHandler.Builder b = JdbcHomeNSHandler.builder().jdbcUrl(jdbc.url());
        jdbc.username().ifPresent(b::username);
        jdbc.password().ifPresent(p -> b.password(p.read(environment)));
        String query = jdbc.query().orElseThrow();
        RegistryPreset preset = JdbcRegistryConfig.PRESETS.get(query);
        if (preset != null) {
            if (answers.homeNetId().isEmpty()) {
                throw new UsageException("registry.jdbc.query " + query + " stores no home NetID per device:"
                        + " give answers.homeNetId (this network's NetID) or --home-net-id");
            }
            b.preset(preset);
        } else {
            b.query(LookupQuery.of(query, jdbc.eui().orElseThrow()));
        }
        answers.homeNetId().ifPresent(b::homeNetId);
        answers.homeNsid().ifPresent(b::homeNsId);
        jdbc.maxPoolSize().ifPresent(b::poolSize);
        try {
            jdbc.connectionTimeout().ifPresent(b::connectionTimeout);
            jdbc.timeout().ifPresent(b::queryTimeout);
            return b.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException("registry.jdbc: " + e.getMessage());
        }
    }

    /** The database and query, for the start-up line: the URL without user information and parameters. */
    static String describe(JdbcRegistryConfig jdbc) {
        String url = jdbc.url();
        int q = url.indexOf('?');
        url = (q < 0 ? url : url.substring(0, q)).replaceFirst("//[^/@]*@", "//");
        String query = jdbc.query().filter(JdbcRegistryConfig.PRESETS::containsKey).orElse("a custom query");
        return url + " (" + query + ")";
    }
}
