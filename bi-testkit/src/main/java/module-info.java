/**
 * Conformance suite, fixtures, assertions, a BI client and a fake peer for LoRaWAN Backend Interfaces integrators.
 */
module io.lorawanbi.testkit {
    requires transitive io.lorawanbi.server;
    requires transitive io.lorawanbi.client;
    requires io.lorawanbi.server.jdk;
    requires com.fasterxml.jackson.core;
    requires transitive java.net.http;
    requires jdk.httpserver;
    requires static org.jspecify;
    // The JUnit layer and the assertions are in the API of exported packages; a build that uses them
    // brings JUnit Jupiter and AssertJ itself, and then reads them through this module.
    requires static transitive org.junit.jupiter.api;
    requires static transitive org.assertj.core;

    exports io.lorawanbi.testkit.client;
    exports io.lorawanbi.testkit.conformance;
    exports io.lorawanbi.testkit.peer;
    exports io.lorawanbi.testkit.fixtures;
    exports io.lorawanbi.testkit.assertions;
    exports io.lorawanbi.testkit.junit;
}
