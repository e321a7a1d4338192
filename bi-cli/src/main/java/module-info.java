/**
 * The {@code bi} command-line tool: {@code demo}, {@code serve}, {@code check}, {@code lint}. A tool,
 * not a library: it exports no package; picocli reads its commands reflectively.
 */
module io.lorawanbi.cli {
    requires static org.jspecify;
    requires io.lorawanbi.server.jdk;
    requires io.lorawanbi.micrometer;
    requires io.lorawanbi.server.jetty;
    requires io.lorawanbi.auth.config;
    requires io.lorawanbi.auth.jwt;
    requires io.lorawanbi.registry.jdbc;
    requires io.lorawanbi.testkit;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires org.snakeyaml.engine;
    requires java.logging;

    opens io.lorawanbi.cli to info.picocli;
}
