package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import java.util.Set;

/**
 * The library's own HomeNS responder, configured to match {@link #config()}. Public for the tests of
 * the other test kit packages.
 */
public final class ReferenceServers {

    public static final NetID SENDER = NetID.parse("000013");
    public static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    public static final EUI64 KNOWN = EUI64.parse("0102030405060708");
    public static final NetID HOME = NetID.parse("C00053");
    public static final EUI64 HOME_NS = EUI64.parse("70B3D57ED0001234");

    private ReferenceServers() {}

    public static BiServer server() {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(SENDER)))
                .answersFor(JOIN_EUI)
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> request.devEui().equals(KNOWN)
                        && request.header().receiverId().equals(JOIN_EUI)
                        ? HomeNSOutcome.found(HOME, HOME_NS) : HomeNSOutcome.unknownDevice()))
                .build();
    }

    public static SuiteConfig config() {
        return SuiteConfig.builder().senderId(SENDER).joinEui(JOIN_EUI).knownDevEui(KNOWN)
                .features(Feature.SENDER_AUTHENTICATION, Feature.RECEIVER_CHECK, Feature.HOME_NSID)
                .build();
    }
}
