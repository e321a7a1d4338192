package io.lorawanbi.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * The {@code registry.jdbc} section: devices from a database through a pooled JDBC connection.
 * Parsed and checked here; serving from it needs the JDBC registry module in the tool (until then
 * {@code bi serve} refuses {@code registry.type: jdbc} with a clear message).
 *
 * @param url the JDBC URL, such as {@code jdbc:postgresql://db.example.net/chirpstack}
 * @param username the database user, if the URL does not carry it
 * @param password where the password is kept (a file or an environment variable, never inline)
 * @param query a ready query by name ({@code chirpstack}, {@code tts}) or the SQL of the lookup
 * @param maxPoolSize the most connections open at once
 * @param timeout the most time for one lookup
 */
record JdbcRegistryConfig(String url, Optional<String> username, Optional<SecretSource> password, Optional<String> query,
        Optional<Integer> maxPoolSize, Optional<Duration> timeout) {

    static JdbcRegistryConfig read(ConfigNode n) {
        n.only("url", "username", "password", "query", "maxPoolSize", "timeout");
        String url = n.string("url").orElseThrow(() -> n.error("url is required, such as jdbc:postgresql://HOST/DATABASE"));
        if (!url.startsWith("jdbc:")) {
            throw n.error("url", "expected a JDBC URL starting with jdbc:");
        }
        if (n.has("password") && !n.isMapping("password")) {
            throw n.error("password", "expected {file: PATH} or {env: NAME}; a password is never written in the configuration");
        }
        Optional<SecretSource> password = n.section("password").map(p -> SecretSource.read(p.only("file", "env")));
        return new JdbcRegistryConfig(url, n.string("username"), password, n.string("query"),
                n.integer("maxPoolSize", 1, 1000), n.duration("timeout"));
    }

    /** The URL without user information or parameters that may hold a password. */
    @Override
    public String toString() {
        int q = url.indexOf('?');
        return "JdbcRegistryConfig[" + (q < 0 ? url : url.substring(0, q)) + "]";
    }
}
