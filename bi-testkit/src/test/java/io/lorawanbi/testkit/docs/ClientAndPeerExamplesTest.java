package io.lorawanbi.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Answers;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.lorawanbi.testkit.client.BiClient;
import io.lorawanbi.testkit.conformance.ReferenceServers;
import io.lorawanbi.testkit.fixtures.BiFixtures;
import io.lorawanbi.testkit.peer.FakeBiPeer;
import io.lorawanbi.testkit.peer.RecordedRequest;
import io.lorawanbi.testkit.peer.Reply;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The BI client and fake peer examples of docs/testkit.md, run. */
class ClientAndPeerExamplesTest {

    @Test
    void the_client_sends_a_request_and_returns_the_typed_answer() {
        try (BiHttpServer http = BiHttpServer.http(ReferenceServers.server(), new InetSocketAddress("127.0.0.1", 0))) {
            HomeNSReq request = BiFixtures.homeNsReq(ProtocolVersion.V1_1)
                    .senderId(ReferenceServers.SENDER).receiverId(ReferenceServers.JOIN_EUI)
                    .devEui(ReferenceServers.KNOWN).build();
            // tag::client[]
            BiClient client = BiClient.builder(http.uri())
                    .timeout(Duration.ofSeconds(5))
                    .build();
            HomeNSAns answer = client.send(request); // typed by the request: a HomeNSReq gives a HomeNSAns
            // end::client[]
            assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
            assertThat(answer.hNetId()).isEqualTo(ReferenceServers.HOME);
        }
    }

    @Test
    void the_fake_peer_answers_as_scripted_and_records_what_it_got() {
        HomeNSReq request = BiFixtures.homeNsReq(ProtocolVersion.V1_0).build();
        // tag::peer[]
        try (FakeBiPeer peer = FakeBiPeer.start()) {
            peer.enqueue(Reply.answer(q -> HomeNSAns.success(q.header().answerHeader(), NetID.parse("000013"), null)));
            peer.enqueue(Reply.answer(q -> Answers.failure(q.header(), Result.of(ResultCode.UnknownDevEUI))));

            // ... the code under test sends two HomeNSReq to peer.uri() ...
            // end::peer[]
            BiClient client = BiClient.builder(peer.uri()).build();
            assertThat(client.send(request).isSuccess()).isTrue();
            assertThat(client.send(request).result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
            // tag::peer-verify[]
            RecordedRequest first = peer.takeRequest(Duration.ofSeconds(1));
            assertThat(first.message()).contains(request);
            assertThat(peer.requestCount()).isEqualTo(2);
            // end::peer-verify[]
        }
    }
}
