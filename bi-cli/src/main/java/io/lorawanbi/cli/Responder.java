package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import java.util.Optional;
import java.util.Set;

/**
 * The HomeNS responder of {@code serve} and {@code demo}: devices from a device file, senders trusted
 * by SenderID (without credentials: a local tool), ReceiverIDs limited to the file's JoinEUIs. The
 * devices are held in memory, so lookups run on the request's thread ({@link HomeNSHandler#nonBlocking}).
 */
final class Responder {

    private Responder() {}

    static BiServer server(DeviceFile devices, Set<NetID> trustedSenders, Optional<EUI64> defaultHomeNsId) {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(trustedSenders))
                .answersFor(devices.joinEuis())
                .homeNsHandler(HomeNSHandler.nonBlocking((request, context) -> devices // an in-memory table
                        .home((EUI64) request.header().receiverId(), request.devEui())
                        .map(home -> home.nsId().or(() -> defaultHomeNsId)
                                .map(ns -> HomeNSOutcome.found(home.netId(), ns))
                                .orElseGet(() -> HomeNSOutcome.found(home.netId())))
                        .orElseGet(() -> new HomeNSOutcome.UnknownDevice("unknown device " + request.devEui()))))
                .build();
    }
}
