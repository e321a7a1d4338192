package io.lorawanbi.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.jdk.BiHttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BiClient against the library's BiServer behind the JDK's HTTP server, over 127.0.0.1, in 1.0 and 1.1. */
@Timeout(20)
class BiClientOverHttpTest {

    static BiHttpServer http;
    static BiClient client;

    @BeforeAll
    static void start() {
        http = BiHttpServer.http(Peers.server(AnswerMode.sync()), new InetSocketAddress("127.0.0.1", 0));
        client = BiClient.builder(http.uri()).timeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void known_device_gets_its_home_netid_in_the_answer(String version) {
        ProtocolVersion v = ProtocolVersion.of(version);
        HomeNSReq request = Peers.request(v, Peers.KNOWN);

        HomeNSAns answer = client.send(request);

        assertThat(answer.isSuccess()).isTrue();
        assertThat(answer.hNetId()).isEqualTo(Peers.HOME);
        assertThat(answer.hNsId()).isEqualTo(v.equals(ProtocolVersion.V1_1) ? Peers.HOME_NS : null);
        assertThat(answer.header()).isEqualTo(request.header().answerHeader());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void unknown_device_gets_an_unknown_dev_eui_answer_not_an_exception(String version) {
        HomeNSAns answer = client.send(Peers.request(ProtocolVersion.of(version), Peers.UNKNOWN));

        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownDevEUI);
        assertThat(answer.hNetId()).isNull();
    }

    @Test
    void unauthenticated_sender_gets_an_unknown_sender_answer() {
        HomeNSAns answer = client.send(Peers.request(ProtocolVersion.V1_1, Peers.STRANGER, Peers.KNOWN));

        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1"})
    void send_async_completes_with_the_answer(String version) throws Exception {
        HomeNSReq request = Peers.request(ProtocolVersion.of(version), Peers.KNOWN);

        HomeNSAns answer = client.sendAsync(request).get(5, TimeUnit.SECONDS);

        assertThat(answer).isEqualTo(Peers.success(request));
    }

    @Test
    void concurrent_requests_each_get_their_own_answer() {
        List<HomeNSReq> requests = new ArrayList<>();
        List<CompletableFuture<HomeNSAns>> answers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            HomeNSReq request = Peers.request(i % 2 == 0 ? ProtocolVersion.V1_0 : ProtocolVersion.V1_1,
                    i % 3 == 0 ? Peers.UNKNOWN : Peers.KNOWN);
            requests.add(request);
            answers.add(client.sendAsync(request));
        }

        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).orTimeout(10, TimeUnit.SECONDS).join();

        for (int i = 0; i < requests.size(); i++) {
            HomeNSAns answer = answers.get(i).join();
            assertThat(answer.header().transactionId()).isEqualTo(requests.get(i).header().transactionId());
            assertThat(answer.isSuccess()).isEqualTo(requests.get(i).devEui().equals(Peers.KNOWN));
        }
    }

    @Test
    void exchange_returns_the_raw_status_and_body() {
        TargetResponse response = client.exchange("not json".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.bodyText()).contains("\"ResultCode\"");
    }
}
