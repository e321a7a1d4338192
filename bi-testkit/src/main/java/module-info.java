/**
 * Conformance suite, fixtures and tools for LoRaWAN Backend Interfaces integrators.
 */
module io.lorawanbi.testkit {
    requires transitive io.lorawanbi.server;
    requires com.fasterxml.jackson.core;
    requires transitive java.net.http;
    requires static org.jspecify;
    requires static org.junit.jupiter.api;
    requires static org.assertj.core;

    exports io.lorawanbi.testkit.conformance;
}
