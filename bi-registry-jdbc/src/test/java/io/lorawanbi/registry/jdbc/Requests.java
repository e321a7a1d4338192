package io.lorawanbi.registry.jdbc;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.PartyID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AuthenticatedPeer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HomeNSReqs and calls of a handler as BiServer makes them. */
final class Requests {

    private Requests() {}

    static HomeNSReq homeNsReq(PartyID joinEui, EUI64 devEui) {
        return new HomeNSReq(Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .receiverId(joinEui).build(), devEui);
    }

    static RequestContext context(Duration timeout) {
        return new RequestContext(new AuthenticatedPeer(Fixtures.NET_ID, AuthenticatedPeer.Mechanism.OTHER, List.of()),
                ProtocolVersion.V1_1, Instant.now().plus(timeout), Optional.empty(), Map.of());
    }

    /** Resolves with a 30 s deadline and waits. */
    static HomeNSOutcome resolve(HomeNSHandler handler, PartyID joinEui, EUI64 devEui) {
        return resolve(handler, joinEui, devEui, Duration.ofSeconds(30));
    }

    static HomeNSOutcome resolve(HomeNSHandler handler, PartyID joinEui, EUI64 devEui, Duration deadline) {
        return handler.resolve(homeNsReq(joinEui, devEui), context(deadline)).toCompletableFuture().join();
    }
}
