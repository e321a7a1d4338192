package io.lorawanbi.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code registry} section: where the devices' homes come from.
 *
 * @param type {@code csv} (the embedded default) or {@code jdbc}
 * @param csv the CSV device file ({@code registry.csv.path}), for type {@code csv}
 * @param jdbc the database, for type {@code jdbc}
 */
record RegistryConfig(String type, Optional<Path> csv, Optional<JdbcRegistryConfig> jdbc) {

    static final String CSV = "csv";
    static final String JDBC = "jdbc";

    static RegistryConfig defaults() {
        return new RegistryConfig(CSV, Optional.empty(), Optional.empty());
    }

    static RegistryConfig read(ConfigNode n) {
        n.only("type", CSV, JDBC);
        String type = n.choice("type", CSV, JDBC).orElse(CSV);
        Optional<Path> csv = n.section(CSV).map(c -> c.only("path").path("path")
                .orElseThrow(() -> c.error("path is required: the CSV device file")));
        Optional<JdbcRegistryConfig> jdbc = n.section(JDBC).map(JdbcRegistryConfig::read);
        if (type.equals(JDBC) && jdbc.isEmpty()) {
            throw n.error("type", "jdbc needs the section registry.jdbc");
        }
        if (type.equals(CSV) && jdbc.isPresent()) {
            throw n.error(JDBC, "given, but registry.type is csv");
        }
        if (type.equals(JDBC) && csv.isPresent()) {
            throw n.error(CSV, "given, but registry.type is jdbc");
        }
        return new RegistryConfig(type, csv, jdbc);
    }

    /** The CSV registry in this file, replacing any other. */
    static RegistryConfig csvFile(Path file) {
        return new RegistryConfig(CSV, Optional.of(file), Optional.empty());
    }
}
