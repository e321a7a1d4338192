package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.ServerListener;
import java.util.Optional;
import java.util.Set;

/**
 * The HomeNS responder of {@code serve} and {@code demo}: devices from a device file, senders trusted
 * by SenderID (without credentials: a local tool), ReceiverIDs limited to the file's JoinEUIs.
 */
final class Responder {

    private Responder() {}

    static BiServer server(DeviceFile devices, Set<NetID> trustedSenders, Optional<EUI64> defaultHomeNsId) {
        return server(devices, trustedSenders, defaultHomeNsId, new ServerListener() {});
    }

    static BiServer server(DeviceFile devices, Set<NetID> trustedSenders, Optional<EUI64> defaultHomeNsId,
            ServerListener listener) {
        return BiServer.builder()
                .listener(listener)
                .authenticator(SenderAuthenticator.insecureSenderAllowList(trustedSenders))
                .answersFor(devices.joinEuis())
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> devices
                        .home((EUI64) request.header().receiverId(), request.devEui())
                        .map(home -> home.nsId().or(() -> defaultHomeNsId)
                                .map(ns -> HomeNSOutcome.found(home.netId(), ns))
                                .orElseGet(() -> HomeNSOutcome.found(home.netId())))
                        .orElseGet(() -> new HomeNSOutcome.UnknownDevice("unknown device " + request.devEui()))))
                .build();
    }
}
