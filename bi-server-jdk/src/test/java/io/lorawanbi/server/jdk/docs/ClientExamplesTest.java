package io.lorawanbi.server.jdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.client.AnswerWarning;
import io.lorawanbi.client.BiClient;
import io.lorawanbi.client.BiClientException;
import io.lorawanbi.client.BiPeer;
import io.lorawanbi.client.CheckedAnswer;
import io.lorawanbi.client.HeaderCheck;
import io.lorawanbi.client.PendingAnswerStore;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The code of docs/client.md, run against the library's own server. */
@Timeout(30)
class ClientExamplesTest {

    static final NetID NET_ID = NetID.parse("000013");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 DEV_EUI = EUI64.parse("0102030405060708");
    static final NetID HOME = NetID.parse("600010");

    static BiServer joinServer(AnswerMode mode) {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(NET_ID)))
                .answerMode(NET_ID, mode)
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(HOME)))
                .build();
    }

    @Test
    void sync_send() {
        try (BiHttpServer js = BiHttpServer.http(joinServer(AnswerMode.sync()), new InetSocketAddress("127.0.0.1", 0))) {
            URI joinServerUrl = js.uri();
            // tag::sync[]
            BiPeer joinServer = BiPeer.builder(joinServerUrl)
                    .protocolVersion(ProtocolVersion.V1_1)
                    .requestTimeout(Duration.ofSeconds(5))
                    .build();
            try (BiClient client = BiClient.builder().peer(JOIN_EUI, joinServer).build()) {
                HomeNSReq request = HomeNSReq.builder() // no ProtocolVersion, no TransactionID: the client sets them
                        .senderId(NET_ID).receiverId(JOIN_EUI).devEui(DEV_EUI)
                        .build();
                HomeNSAns answer = client.send(request); // typed by the request
                if (answer.isSuccess()) {
                    System.out.println("home network: " + answer.hNetId());
                }
            }
            // end::sync[]
        }
    }

    @Test
    void async_send_and_the_requesters_endpoint() throws Exception {
        // tag::async[]
        BiClient client = BiClient.builder()
                .pendingStore(PendingAnswerStore.inMemory()) // the default; bi-client-redis shares one between instances
                .build();
        // This network server's own Backend Interfaces endpoint: answers posted to it go to the client.
        BiServer endpoint = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(JOIN_EUI)))
                .answersTo(client)
                .build();
        // end::async[]
        try (client; BiHttpServer own = BiHttpServer.http(endpoint, new InetSocketAddress("127.0.0.1", 0));
                BiHttpServer js = BiHttpServer.http(joinServer(AnswerMode.async(own.uri())),
                        new InetSocketAddress("127.0.0.1", 0))) {
            URI joinServerUrl = js.uri();
            HomeNSReq request = HomeNSReq.builder().senderId(NET_ID).receiverId(JOIN_EUI).devEui(DEV_EUI).build();
            // tag::async-send[]
            BiPeer joinServer = BiPeer.builder(joinServerUrl)
                    .protocolVersion(ProtocolVersion.V1_0)
                    .async(Duration.ofSeconds(10)) // ChirpStack's async_timeout
                    .build();
            CompletionStage<HomeNSAns> answer = client.sendAsync(joinServer, request);
            // end::async-send[]
            assertThat(answer.toCompletableFuture().get(10, TimeUnit.SECONDS).hNetId()).isEqualTo(HOME);
        }
    }

    @Test
    void errors_and_warnings() {
        try (BiHttpServer js = BiHttpServer.http(joinServer(AnswerMode.sync()), new InetSocketAddress("127.0.0.1", 0));
                BiClient client = BiClient.builder().build()) {
            BiPeer joinServer = BiPeer.builder(js.uri()).protocolVersion(ProtocolVersion.V1_1)
                    .headerCheck(HeaderCheck.TOLERANT).build();
            HomeNSReq request = HomeNSReq.builder().senderId(NET_ID).receiverId(JOIN_EUI).devEui(DEV_EUI).build();
            // tag::errors[]
            try {
                CheckedAnswer<HomeNSAns> checked = client.sendChecked(joinServer, request);
                for (AnswerWarning w : checked.warnings()) { // what the peer's HeaderCheck tolerated
                    System.out.println("tolerated: " + w.message());
                }
            } catch (BiClientException e) {
                switch (e.kind()) {
                    case ANSWERED_ASYNCHRONOUSLY -> System.out.println("configure " + joinServer + " as async");
                    case BARE_RESULT, HTTP_STATUS -> System.out.println("refused: " + e.result() + ", HTTP " + e.status());
                    case TIMEOUT, TRANSPORT -> System.out.println("retry later: " + e.getMessage());
                    default -> System.out.println(e.getMessage() + " [" + e.contentType() + "] " + e.excerpt());
                }
            }
            // end::errors[]
            assertThat(client.sendChecked(joinServer, request).warnings()).isEqualTo(List.of());
        }
    }
}
