package io.lorawanbi.cli;

import io.lorawanbi.registry.jdbc.EuiEncoding;
import io.lorawanbi.registry.jdbc.LookupQuery;
import io.lorawanbi.registry.jdbc.RegistryPreset;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code registry.jdbc} section: devices from a database through a pooled JDBC connection
 * (bi-registry-jdbc, docs/registry.md).
 *
 * @param url the JDBC URL, such as {@code jdbc:postgresql://db.example.net/chirpstack}
 * @param username the database user, if the URL does not carry it
 * @param password where the password is kept (a file or an environment variable, never inline)
 * @param query a ready query by name ({@code chirpstack}, {@code chirpstack-join-eui}, {@code tts}) or
 *     the SQL of the lookup, with {@code :dev_eui} and optionally {@code :join_eui}
 * @param eui how the SQL's table stores EUIs ({@code bytes}, {@code hex-upper}, {@code hex-lower});
 *     required with SQL, refused with a ready query
 * @param maxPoolSize the most connections open at once
 * @param connectionTimeout the most time to wait for a connection
 * @param timeout the most time for one lookup query
 */
record JdbcRegistryConfig(String url, Optional<String> username, Optional<SecretSource> password, Optional<String> query,
        Optional<EuiEncoding> eui, Optional<Integer> maxPoolSize, Optional<Duration> connectionTimeout,
        Optional<Duration> timeout) {

    /** The ready queries by their configuration name. */
    static final Map<String, RegistryPreset> PRESETS = Map.of(
            "chirpstack", RegistryPreset.CHIRPSTACK_V4,
            "chirpstack-join-eui", RegistryPreset.CHIRPSTACK_V4_JOIN_EUI,
            "tts", RegistryPreset.THE_THINGS_STACK);

    static JdbcRegistryConfig read(ConfigNode n) {
        n.only("url", "username", "password", "query", "eui", "maxPoolSize", "connectionTimeout", "timeout");
        String url = n.string("url").orElseThrow(() -> n.error("url is required, such as jdbc:postgresql://HOST/DATABASE"));
        if (!url.startsWith("jdbc:")) {
            throw n.error("url", "expected a JDBC URL starting with jdbc:");
        }
        if (n.has("password") && !n.isMapping("password")) {
            throw n.error("password", "expected {file: PATH} or {env: NAME}; a password is never written in the configuration");
        }
        Optional<SecretSource> password = n.section("password").map(p -> SecretSource.read(p.only("file", "env")));
        Optional<String> query = n.string("query");
        Optional<EuiEncoding> eui = n.choice("eui", "bytes", "hex-upper", "hex-lower")
                .map(e -> EuiEncoding.valueOf(e.toUpperCase(Locale.ROOT).replace('-', '_')));
        if (query.isEmpty()) {
            throw n.error("query is required: chirpstack, chirpstack-join-eui, tts, or the SQL of the lookup");
        }
        if (PRESETS.containsKey(query.get())) {
            if (eui.isPresent()) {
                throw n.error("eui", "given, but the ready query " + query.get() + " knows how its table stores EUIs");
            }
        } else {
            if (eui.isEmpty()) {
                throw n.error("query", "not one of chirpstack, chirpstack-join-eui, tts: as SQL it needs eui"
                        + " (bytes, hex-upper or hex-lower), how its table stores EUIs");
            }
            try {
                LookupQuery.of(query.get(), eui.get());
            } catch (IllegalArgumentException e) {
                throw n.error("query", e.getMessage());
            }
        }
        return new JdbcRegistryConfig(url, n.string("username"), password, query, eui,
                n.integer("maxPoolSize", 1, 64), n.duration("connectionTimeout"), n.duration("timeout"));
    }

    /** The URL without user information or parameters that may hold a password. */
    @Override
    public String toString() {
        int q = url.indexOf('?');
        return "JdbcRegistryConfig[" + (q < 0 ? url : url.substring(0, q)) + "]";
    }
}
