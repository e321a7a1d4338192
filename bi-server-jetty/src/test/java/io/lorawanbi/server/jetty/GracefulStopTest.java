package io.lorawanbi.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link BiJettyServer#close()} waits up to the configured stop timeout for an exchange in progress,
 * which is answered in full.
 */
@Timeout(60)
class GracefulStopTest {

    static final BiCodec CODEC = BiCodec.standard();

    @Test
    void an_exchange_in_progress_is_answered_before_the_server_stops() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .handlerTimeout(Duration.ofSeconds(30))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> {
                    entered.countDown();
                    release.await(20, TimeUnit.SECONDS);
                    return HomeNSOutcome.found(Fixtures.NET_ID);
                }))
                .build();
        BiJettyServer jetty = BiJettyServer.builder(server).stopTimeout(Duration.ofSeconds(20)).start();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<byte[]>> inFlight = client.sendAsync(HttpRequest.newBuilder(jetty.uri())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(entered.await(20, TimeUnit.SECONDS)).as("the handler runs").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(jetty::close);
        // Past the default stop timeout of a second, the stop still waits for the exchange.
        Thread.sleep(2000);
        assertThat(stopping).isNotDone();
        release.countDown();

        HttpResponse<byte[]> response = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(CODEC.decode(response.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.Success);
        stopping.get(20, TimeUnit.SECONDS);
    }
}
