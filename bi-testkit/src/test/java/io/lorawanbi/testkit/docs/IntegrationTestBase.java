package io.lorawanbi.testkit.docs;

import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Stands for a build's own base class: here it starts the endpoint under test. */
abstract class IntegrationTestBase {
    private static BiHttpServer http;

    @BeforeAll
    static void startEndpoint() {
        http = BiHttpServer.http(ReferenceServers.server(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stopEndpoint() {
        http.close();
    }

    protected URI endpoint() {
        return http.uri();
    }

    protected SuiteConfig config() {
        return ReferenceServers.config();
    }
}

