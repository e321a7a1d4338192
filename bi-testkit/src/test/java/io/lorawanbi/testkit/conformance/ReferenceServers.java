package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.NetId;
import io.lorawanbi.server.Authenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNsHandler;
import io.lorawanbi.server.HomeNsOutcome;
import java.util.Set;

/**
 * The library's own HomeNS responder, configured to match {@link #config()}. Public for the tests of
 * the other test kit packages.
 */
public final class ReferenceServers {

    public static final NetId SENDER = NetId.parse("000013");
    public static final Eui64 JOIN_EUI = Eui64.parse("70B3D57ED0000000");
    public static final Eui64 KNOWN = Eui64.parse("0102030405060708");
    public static final NetId HOME = NetId.parse("C00053");
    public static final Eui64 HOME_NS = Eui64.parse("70B3D57ED0001234");

    private ReferenceServers() {}

    public static BiServer server() {
        return BiServer.builder()
                .authenticator(Authenticator.insecureSenderAllowList(Set.of(SENDER)))
                .answersFor(JOIN_EUI)
                .homeNsHandler(HomeNsHandler.immediate((request, context) -> request.devEui().equals(KNOWN)
                        && request.header().receiverId().equals(JOIN_EUI)
                        ? HomeNsOutcome.found(HOME, HOME_NS) : HomeNsOutcome.unknownDevice()))
                .build();
    }

    public static SuiteConfig config() {
        return configBuilder().build();
    }

    /** The builder of {@link #config()}, to change a setting. */
    public static SuiteConfig.Builder configBuilder() {
        return SuiteConfig.builder().senderId(SENDER).joinEui(JOIN_EUI).knownDevEui(KNOWN)
                .features(Feature.SENDER_AUTHENTICATION, Feature.RECEIVER_CHECK, Feature.HOME_NSID);
    }
}
