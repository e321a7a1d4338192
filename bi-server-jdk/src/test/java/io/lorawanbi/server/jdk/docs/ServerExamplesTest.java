package io.lorawanbi.server.jdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.PRStartNotif;
import io.lorawanbi.model.message.XmitDataAns;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.auth.BearerTokenAuthenticator;
import io.lorawanbi.server.auth.ClientCertificateAuthenticator;
import io.lorawanbi.server.auth.TokenVerifier;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The examples shown in docs/server.md, compiled and run here. */
class ServerExamplesTest {

    /** Stands for an integrator's device registry. */
    interface DeviceRegistry {
        Optional<NetID> homeNetId(EUI64 joinEui, EUI64 devEui);
    }

    @Test
    void embed_in_the_jdk_http_server() throws Exception {
        Map<EUI64, NetID> devices = Map.of(Fixtures.DEV_EUI, NetID.parse("000013"));
        DeviceRegistry registry = (joinEui, devEui) -> Optional.ofNullable(devices.get(devEui));
        SenderAuthenticator authenticator = SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID));
        ExecutorService lookups = Executors.newFixedThreadPool(4);
        try {
            // tag::jdk[]
            BiServer server = BiServer.builder()
                    .homeNsHandler(HomeNSHandler.blocking((request, context) -> registry
                            .homeNetId((EUI64) request.header().receiverId(), request.devEui())
                            .map(HomeNSOutcome::found)
                            .orElse(HomeNSOutcome.unknownDevice()), lookups))
                    .authenticator(authenticator)
                    .answersFor(EUI64.parse("70B3D57ED0000000")) // the JoinEUIs this server answers for
                    .build();

            try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
                URI endpoint = http.uri(); // every path is served
                // ... peers POST HomeNSReq to the endpoint ...
                // end::jdk[]
                HomeNSReq request = Fixtures.homeNSReq(ProtocolVersion.V1_1);
                HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(BiCodec.standard().encode(request)))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                HomeNSAns answer = BiCodec.standard().decode(response.body(), HomeNSAns.class);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
                assertThat(answer.hNetId()).isEqualTo(NetID.parse("000013"));
            }
        } finally {
            lookups.shutdownNow();
        }
    }

    /** Stands for an integrator's requests waiting for their asynchronous answers, by TransactionID. */
    static final class PendingRequests {
        final Map<Long, CompletableFuture<BiAnswer>> waiting = new ConcurrentHashMap<>();

        CompletionStage<IntakeOutcome> complete(BiAnswer answer) {
            CompletableFuture<BiAnswer> request = waiting.remove(answer.header().transactionId());
            boolean matched = request != null && request.complete(answer);
            return CompletableFuture.completedFuture(matched ? IntakeOutcome.MATCHED : IntakeOutcome.UNMATCHED);
        }
    }

    /** Stands for an integrator's passive-roaming sessions. */
    static final class Roaming {
        final CompletableFuture<Long> started = new CompletableFuture<>();

        void started(long transactionId) {
            started.complete(transactionId);
        }
    }

    @Test
    void receive_answers_and_notifications() throws Exception {
        SenderAuthenticator authenticator = SenderAuthenticator.insecureSenderAllowList(
                Set.of(Fixtures.NET_ID, Fixtures.OTHER_NET_ID));
        PendingRequests pending = new PendingRequests();
        Roaming roaming = new Roaming();
        XmitDataAns posted = Fixtures.xmitDataAns(ProtocolVersion.V1_1);
        CompletableFuture<BiAnswer> waiting = new CompletableFuture<>();
        pending.waiting.put(posted.header().transactionId(), waiting);
        // tag::intake[]
        BiServer server = BiServer.builder()
                .authenticator(authenticator) // the same authenticators as for requests
                .answerConsumer((answer, context) -> pending.complete(answer)) // MATCHED, LATE or UNMATCHED
                .notificationConsumer((notification, context) -> {
                    if (notification instanceof PRStartNotif started) {
                        roaming.started(started.header().transactionId());
                    }
                    return CompletableFuture.completedFuture(IntakeOutcome.MATCHED);
                })
                .build();
        // end::intake[]
        try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (byte[] body : List.of(BiCodec.standard().encode(posted), BiCodec.standard().encode(Fixtures.prStartNotif()))) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(http.uri())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEmpty();
            }
        }
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(posted);
        assertThat(roaming.started.get(5, TimeUnit.SECONDS)).isEqualTo(42L);
    }

    @Test
    void authentication_and_async_settings() {
        X509Certificate[] partnerCa = new X509Certificate[0];
        TokenVerifier packetBrokerVerifier = token -> Optional.empty();
        // tag::auth[]
        SenderAuthenticator authenticator = SenderAuthenticator.firstApplicable(List.of(
                ClientCertificateAuthenticator.builder()
                        .trust(NetID.parse("000013"), partnerCa) // SenderID -> the CAs trusted for it
                        .build(),
                BearerTokenAuthenticator.roamingHub(packetBrokerVerifier))); // authenticates as NetID 000000
        // end::auth[]
        // tag::async[]
        BiServer server = BiServer.builder()
                .authenticator(authenticator)
                .answerMode(NetID.parse("C00053"), AnswerMode.async(URI.create("https://ns.example.net/bi")))
                .homeNsHandler(HomeNSHandler.immediate((request, context) -> HomeNSOutcome.unknownDevice()))
                .build();
        // end::async[]
        assertThat(server.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(MessageType.HomeNSReq.isRequest()).isTrue();
    }
}
