package com.example.homens;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * A Join Server's HomeNSReq responder on the JDK's HTTP server: it answers "which network is this
 * device's home?" for the devices of a {@link DeviceRegistry}.
 *
 * <p>Run it with {@code java -cp … com.example.homens.HomeNSResponder [port]}; it serves one demo device
 * and stops on Ctrl-C.
 */
public final class HomeNSResponder {

    /** The JoinEUI this Join Server answers for. */
    public static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");

    /** The network server allowed to ask (its NetID is the SenderID of its requests). */
    public static final NetID TRUSTED_NETWORK = NetID.parse("000013");

    private HomeNSResponder() {}

    // tag::server[]
    /** The responder: answers HomeNSReq for {@link #JOIN_EUI} from the registry, to the trusted network. */
    public static BiServer server(DeviceRegistry registry) {
        return BiServer.builder()
                // Demo only: trusts the SenderID as written. In production, authenticate the peer by
                // its TLS client certificate or a bearer token (docs/server.md).
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(TRUSTED_NETWORK)))
                .answersFor(JOIN_EUI) // a request for another JoinEUI is answered UnknownReceiver
                .homeNsHandler(HomeNSHandler.immediate((request, context) ->
                        registry.lookUp((EUI64) request.header().receiverId(), request.devEui())))
                .build();
    }
    // end::server[]

    /** Starts the responder on the given port (default 8080) with one demo device, until interrupted. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        DeviceRegistry registry = new DeviceRegistry().register(JOIN_EUI, EUI64.parse("0102030405060708"),
                NetID.parse("C00053"), EUI64.parse("70B3D57ED0001234"));
        CountDownLatch stopped = new CountDownLatch(1);
        try (BiHttpServer http = BiHttpServer.http(server(registry), new InetSocketAddress(port))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            System.out.println("HomeNSReq responder listening on port " + http.address().getPort() + " (Ctrl-C stops it)");
            stopped.await();
        }
    }
}
