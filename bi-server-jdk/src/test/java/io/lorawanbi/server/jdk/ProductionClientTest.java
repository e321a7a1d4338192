package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lorawanbi.client.BiClient;
import io.lorawanbi.client.BiPeer;
import io.lorawanbi.client.ClientListener;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.ServerListener;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production client against the library's own server over HTTP: a synchronous Join Server, and one
 * in asynchronous mode that posts its answer to the requester's BiServer, which hands it to the client.
 */
@Timeout(30)
class ProductionClientTest {

    static final NetID HOME = NetID.parse("600010");

    static BiServer joinServer(AnswerMode mode) {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answerMode(Fixtures.NET_ID, mode)
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> req.devEui().equals(Fixtures.DEV_EUI)
                        ? HomeNSOutcome.found(HOME) : HomeNSOutcome.unknownDevice()))
                .build();
    }

    static HomeNSReq request() {
        return HomeNSReq.builder().senderId(Fixtures.NET_ID).receiverId(Fixtures.JOIN_EUI).senderNsid(Fixtures.NSID)
                .devEui(Fixtures.DEV_EUI).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void a_sync_home_ns_req_to_a_bi_server(String version) {
        try (BiHttpServer js = BiHttpServer.http(joinServer(AnswerMode.sync()), new InetSocketAddress("127.0.0.1", 0));
                BiClient client = BiClient.builder()
                        .peer(Fixtures.JOIN_EUI, BiPeer.builder(js.uri()).protocolVersion(ProtocolVersion.of(version)).build())
                        .build()) {
            HomeNSReq request = request();
            if (version.equals("1.0")) {
                request = request.toBuilder().senderNsid(null).build();
            }
            HomeNSAns answer = client.send(request);

            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(answer.hNetId()).isEqualTo(HOME);
            assertThat(answer.protocolVersion()).isEqualTo(ProtocolVersion.of(version));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void an_async_home_ns_req_whose_answer_is_posted_to_the_requesters_bi_server(String version) throws Exception {
        BlockingQueue<Header> late = new LinkedBlockingQueue<>();
        try (BiClient client = BiClient.builder().listener(ClientListener.none()).build();
                BiHttpServer requester = BiHttpServer.http(BiServer.builder()
                        .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.JOIN_EUI)))
                        .answersTo(client)
                        .build(), new InetSocketAddress("127.0.0.1", 0));
                BiHttpServer js = BiHttpServer.http(joinServer(AnswerMode.async(requester.uri())),
                        new InetSocketAddress("127.0.0.1", 0))) {
            BiPeer peer = BiPeer.builder(js.uri()).protocolVersion(ProtocolVersion.of(version))
                    .async(Duration.ofSeconds(10)).build();
            HomeNSReq request = request();
            if (version.equals("1.0")) {
                request = request.toBuilder().senderNsid(null).build();
            }

            HomeNSAns found = client.send(peer, request);
            HomeNSAns unknown = client.sendAsync(peer, request.toBuilder().devEui(Fixtures.JOIN_EUI).build())
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertThat(found.hNetId()).isEqualTo(HOME);
            assertThat(found.protocolVersion()).isEqualTo(ProtocolVersion.of(version));
            assertThat(unknown.result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
            assertThat(late).isEmpty();
        }
    }

    @Test
    void the_servers_async_delivery_reports_the_clients_typed_error() throws Exception {
        BlockingQueue<String> reasons = new LinkedBlockingQueue<>();
        BiHttpServer.limits();
        ExecutorService threads = Executors.newCachedThreadPool();
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        proxy.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] page = "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(502, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        proxy.setExecutor(threads);
        proxy.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/bi");
            BiServer server = BiServer.builder()
                    .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                    .answerMode(Fixtures.NET_ID, new AnswerMode.Async(endpoint, Duration.ofSeconds(2), 1))
                    .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(HOME)))
                    .listener(new ServerListener() {
                        @Override
                        public void asyncDeliveryFailed(Header answerHeader, URI to, int attempts, String reason) {
                            reasons.add(reason);
                        }
                    })
                    .build();
            try (BiHttpServer js = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
                    BiClient client = BiClient.builder().listener(ClientListener.none()).build()) {
                BiPeer peer = BiPeer.builder(js.uri()).protocolVersion(ProtocolVersion.V1_1)
                        .async(Duration.ofSeconds(5)).build();
                java.util.concurrent.CompletableFuture<HomeNSAns> waiting = client.sendAsync(peer, request()).toCompletableFuture();
                assertThat(reasons.poll(10, TimeUnit.SECONDS)).isEqualTo("HTTP 502 (ERROR_PAGE)");
                waiting.cancel(false);
            }
        } finally {
            proxy.stop(0);
            threads.shutdownNow();
        }
    }
}
