/**
 * Conformance suite, fixtures and tools for LoRaWAN Backend Interfaces integrators.
 *
 * <p>This module is a placeholder until the testkit lands; it exports nothing yet.
 */
module io.lorawanbi.testkit {
    requires transitive io.lorawanbi.server;
}
