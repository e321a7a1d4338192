package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.testsupport.AdapterGracefulStopContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JDK adapter's stop: exchanges in progress finish, bounded by the grace period; beyond the
 * contract, a request that arrives while it waits gets a complete HTTP 503.
 */
class GracefulStopTest extends AdapterGracefulStopContract {

    @Override
    protected RunningAdapter start(BiServer server, InetSocketAddress address, Duration grace) {
        BiHttpServer http = BiHttpServer.http(server, address);
        return new RunningAdapter(http.uri(), http.address(), () -> http.close(grace));
    }

    @Test
    void a_request_that_arrives_while_the_server_stops_gets_503_and_close_is_idempotent() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CompletableFuture<HomeNSOutcome> release = new CompletableFuture<>();
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler((request, context) -> {
                    entered.countDown();
                    return release;
                })
                .build();
        BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest post = HttpRequest.newBuilder(http.uri()).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1))))
                .build();
        CompletableFuture<HttpResponse<byte[]>> first = client.sendAsync(post, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(() -> http.close(Duration.ofSeconds(15)), "adapter-closer");
        closer.start();
        try {
            HttpRequest probe = HttpRequest.newBuilder(http.uri()).timeout(Duration.ofSeconds(10)).GET().build();
            int late = 0;
            for (int i = 0; i < 100 && late != 503; i++) { // until the stop has begun
                late = client.send(probe, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                if (late != 503) {
                    assertThat(late).isEqualTo(405); // sent before the stop began, answered as usual
                    Thread.sleep(20);
                }
            }
            assertThat(late).isEqualTo(503);
        } finally {
            release.complete(HomeNSOutcome.unknownDevice());
        }
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        closer.join(15_000);
        assertThat(closer.isAlive()).isFalse();
        http.close(); // a second close does nothing
    }
}
