package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.ServerListener;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An asynchronous answer through the JDK adapter: HTTP 200 with an empty body at once, then the answer POSTed. */
@Timeout(20)
class AsyncOverHttpTest {

    static final long WAIT_SECONDS = 5;
    static final NetID HOME = NetID.parse("600010");
    static final BiCodec CODEC = BiCodec.standard();

    @Test
    void the_request_is_acknowledged_at_once_and_the_answer_posted_to_the_peer() throws Exception {
        BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> delivered = new LinkedBlockingQueue<>();
        BiHttpServer.limits(); // installs the adapter's JDK server limits before this JVM's first server
        ExecutorService receiverThreads = Executors.newCachedThreadPool();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.createContext("/", exchange -> {
            received.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(receiverThreads);
        receiver.start();
        URI endpoint = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/bi/answers");
        CompletableFuture<HomeNSOutcome> lookup = new CompletableFuture<>();
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answerMode(Fixtures.NET_ID, AnswerMode.async(endpoint))
                .listener(new ServerListener() {
                    @Override
                    public void asyncDelivered(Header answerHeader, URI to, int attempts) {
                        delivered.add(attempts);
                    }
                })
                .homeNsHandler((req, ctx) -> lookup)
                .build();
        Header h = Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder()
                .transactionId(4_000_000_001L).senderToken(HexBytes.parse("A1B2")).build();
        HomeNSReq request = new HomeNSReq(h, Fixtures.DEV_EUI);

        try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
            HttpResponse<byte[]> ack = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(http.uri()).timeout(Duration.ofSeconds(WAIT_SECONDS))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(request))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body()).isEmpty();
            assertThat(received).as("nothing posted before the handler answered").isEmpty();

            lookup.complete(HomeNSOutcome.found(HOME, EUI64.parse("70B3D57ED0001234")));

            byte[] posted = received.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(posted).as("an answer posted within " + WAIT_SECONDS + " s").isNotNull();
            HomeNSAns answer = CODEC.decode(posted, HomeNSAns.class);
            assertThat(answer.header().transactionId()).isEqualTo(4_000_000_001L);
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(answer.hNetId()).isEqualTo(HOME);
            assertThat(answer.hNsId()).isEqualTo(EUI64.parse("70B3D57ED0001234"));
            assertThat(delivered.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }
}
