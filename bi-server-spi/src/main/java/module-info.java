/**
 * Transport-agnostic answering of LoRaWAN Backend Interfaces (TS002) requests, with ready
 * authenticators. The HTTP servers that carry it are adapters in their own modules
 * ({@code io.lorawanbi.server.jdk}, {@code io.lorawanbi.server.jetty}).
 */
module io.lorawanbi.server {
    requires transitive io.lorawanbi.codec;
    // Asynchronous answers go out through the production client; posted answers can be handed to one.
    requires transitive io.lorawanbi.client;
    requires static org.jspecify;

    exports io.lorawanbi.server;
    exports io.lorawanbi.server.auth;
}
