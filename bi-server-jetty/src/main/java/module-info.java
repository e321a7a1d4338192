/**
 * An adapter that serves a {@code BiServer} on Jetty 12: HTTP or HTTPS with client certificates, with
 * idle timeouts, a body time limit and a connection limit per server.
 */
module io.lorawanbi.server.jetty {
    requires transitive io.lorawanbi.server;
    requires transitive org.eclipse.jetty.server;
    requires org.eclipse.jetty.http2.server;
    requires org.eclipse.jetty.alpn.server;
    requires org.eclipse.jetty.alpn.java.server;
    requires static org.jspecify;

    exports io.lorawanbi.server.jetty;
}
