package io.lorawanbi.cli;

import io.lorawanbi.model.Eui64;
import io.lorawanbi.model.NetId;
import io.lorawanbi.server.Authenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNsHandler;
import io.lorawanbi.server.HomeNsOutcome;
import java.util.Optional;
import java.util.Set;

/**
 * The HomeNS responder of {@code serve} and {@code demo}: devices from a device file, senders trusted
 * by SenderID (without credentials: a local tool), ReceiverIDs limited to the file's JoinEUIs.
 */
final class Responder {

    private Responder() {}

    static BiServer server(DeviceFile devices, Set<NetId> trustedSenders, Optional<Eui64> defaultHomeNsId) {
        return BiServer.builder()
                .authenticator(Authenticator.insecureSenderAllowList(trustedSenders))
                .answersFor(devices.joinEuis())
                .homeNsHandler(HomeNsHandler.immediate((request, context) -> devices
                        .home((Eui64) request.header().receiverId(), request.devEui())
                        .map(home -> home.nsId().or(() -> defaultHomeNsId)
                                .map(ns -> HomeNsOutcome.found(home.netId(), ns))
                                .orElseGet(() -> HomeNsOutcome.found(home.netId())))
                        .orElseGet(() -> new HomeNsOutcome.UnknownDevice("unknown device " + request.devEui()))))
                .build();
    }
}
