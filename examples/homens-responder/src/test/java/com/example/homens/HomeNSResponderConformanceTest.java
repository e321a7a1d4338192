package com.example.homens;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.conformance.Feature;
import io.lorawanbi.testkit.conformance.SuiteConfig;
import io.lorawanbi.testkit.junit.HomeNSConformanceContract;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The responder, started on a loopback port, passes every rule of the test kit's HomeNSReq conformance
 * suite in ProtocolVersion 1.0 and 1.1: one JUnit test per rule and version.
 */
// tag::contract[]
class HomeNSResponderConformanceTest extends HomeNSConformanceContract {

    private static final EUI64 KNOWN_DEVICE = EUI64.parse("0102030405060708");
    private static BiHttpServer http;

    @BeforeAll
    static void start() {
        DeviceRegistry registry = new DeviceRegistry().register(HomeNSResponder.JOIN_EUI, KNOWN_DEVICE,
                NetID.parse("C00053"), EUI64.parse("70B3D57ED0001234"));
        http = BiHttpServer.http(HomeNSResponder.server(registry),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Override
    protected ConformanceTarget target() {
        return ConformanceTarget.http(http.uri());
    }

    @Override
    protected SuiteConfig config() {
        return SuiteConfig.builder()
                .senderId(HomeNSResponder.TRUSTED_NETWORK) // the suite asks as the trusted network
                .joinEui(HomeNSResponder.JOIN_EUI)
                .knownDevEui(KNOWN_DEVICE)
                .features(Feature.SENDER_AUTHENTICATION, Feature.RECEIVER_CHECK, Feature.HOME_NSID)
                .build();
    }
}
// end::contract[]
