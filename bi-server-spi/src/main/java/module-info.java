/**
 * Transport-agnostic answering of LoRaWAN Backend Interfaces (TS002) requests, with ready
 * authenticators and an adapter for the JDK's built-in HTTP server.
 */
module io.lorawanbi.server {
    requires transitive io.lorawanbi.codec;
    requires transitive jdk.httpserver;
    requires java.net.http;
    requires static org.jspecify;

    exports io.lorawanbi.server;
    exports io.lorawanbi.server.auth;
    exports io.lorawanbi.server.jdk;
}
