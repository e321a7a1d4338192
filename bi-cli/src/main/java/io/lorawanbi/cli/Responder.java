package io.lorawanbi.cli;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import java.util.Optional;
import java.util.Set;

/**
 * The HomeNS responder of {@code serve} and {@code demo}: devices from a device file, ReceiverIDs
 * limited to the file's JoinEUIs (or configured ranges).
 */
final class Responder {

    private Responder() {}

    /** The local responder of {@code demo}: senders trusted by SenderID alone, without credentials. */
    static BiServer server(DeviceFile devices, Set<NetID> trustedSenders, Optional<EUI64> defaultHomeNsId) {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(trustedSenders))
                .answersFor(devices.joinEuis())
                .homeNsHandler(handler(devices, Optional.empty(), defaultHomeNsId))
                .build();
    }

    /**
     * Answers HomeNSReq from a device file: the device's home NetID (or the default) and HNSID (or
     * the default); {@code UnknownDevEUI} for a device the file does not list.
     *
     * @throws UsageException when a device has no home NetID and there is no default
     */
    static HomeNSHandler handler(DeviceFile devices, Optional<NetID> defaultNetId, Optional<EUI64> defaultHomeNsId) {
        if (devices.lacksNetId() && defaultNetId.isEmpty()) {
            throw new UsageException("some devices have an empty home_net_id: give answers.homeNetId (or --home-net-id)");
        }
        return HomeNSHandler.immediate((request, context) -> devices
                .home((EUI64) request.header().receiverId(), request.devEui())
                .map(home -> {
                    NetID net = home.netId().or(() -> defaultNetId).orElseThrow();
                    return home.nsId().or(() -> defaultHomeNsId)
                            .map(ns -> HomeNSOutcome.found(net, ns))
                            .orElseGet(() -> HomeNSOutcome.found(net));
                })
                .orElseGet(() -> new HomeNSOutcome.UnknownDevice("unknown device " + request.devEui())));
    }
}
