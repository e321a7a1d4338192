/**
 * Authentication of Backend Interfaces peers from configuration files: the per-SenderID client CAs of
 * a The Things Stack-style {@code config.yml}, PEM certificates and PKCS#8 keys, and the JDK HTTPS
 * server's {@code SSLContext} with client authentication over the configured CAs.
 */
module io.lorawanbi.auth.config {
    requires transitive io.lorawanbi.server;
    requires org.snakeyaml.engine;

    exports io.lorawanbi.auth.config;
}
