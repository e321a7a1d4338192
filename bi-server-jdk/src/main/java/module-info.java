/**
 * An adapter that serves a {@code BiServer} on the JDK's built-in HTTP server
 * ({@code com.sun.net.httpserver}): no dependency beyond the JDK, for embedding and tests.
 */
module io.lorawanbi.server.jdk {
    requires transitive io.lorawanbi.server;
    requires transitive jdk.httpserver;
    requires static org.jspecify;

    exports io.lorawanbi.server.jdk;
}
