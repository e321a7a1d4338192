/**
 * The {@code bi} command-line tool: {@code demo}, {@code serve}, {@code check}, {@code lint}. A tool,
 * not a library: it exports no package; picocli reads its commands reflectively.
 */
module io.lorawanbi.cli {
    requires static org.jspecify;
    requires io.lorawanbi.server.jdk;
    requires io.lorawanbi.micrometer;
    requires java.logging;
    requires io.lorawanbi.testkit;
    requires info.picocli;
    requires com.fasterxml.jackson.core;

    opens io.lorawanbi.cli to info.picocli;
}
