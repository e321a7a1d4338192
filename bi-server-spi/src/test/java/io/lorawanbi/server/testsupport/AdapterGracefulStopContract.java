package io.lorawanbi.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
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
import org.junit.jupiter.api.Timeout;

/**
 * What every HTTP adapter does when it is stopped: an exchange in progress, here one whose handler is
 * still working, gets its whole answer before the server stops; and the wait is bounded by the grace
 * period given. An adapter's test extends this class and starts its adapter in
 * {@link #start(BiServer, InetSocketAddress, Duration)}, with a {@link RunningAdapter} whose close is
 * the adapter's own stop.
 */
@Timeout(30)
public abstract class AdapterGracefulStopContract {

    protected static final BiCodec CODEC = BiCodec.standard();
    static final NetID HOME = NetID.parse("000013");
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Starts the adapter over plain HTTP, its stop waiting at most {@code grace} for exchanges in progress. */
    protected abstract RunningAdapter start(BiServer server, InetSocketAddress address, Duration grace);

    /** A server whose HomeNSReq handler signals {@code entered} and answers once {@code release} is counted down. */
    private static BiServer holding(CountDownLatch entered, CompletableFuture<HomeNSOutcome> release) {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .handlerTimeout(Duration.ofSeconds(20))
                .homeNsHandler((request, context) -> {
                    entered.countDown();
                    return release;
                })
                .build();
    }

    private static CompletableFuture<HttpResponse<byte[]>> post(RunningAdapter http, HomeNSReq request) {
        return CLIENT.sendAsync(HttpRequest.newBuilder(http.uri()).timeout(Duration.ofSeconds(25))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(request))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    public void an_exchange_in_progress_gets_its_whole_answer_when_the_server_stops_during_it() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CompletableFuture<HomeNSOutcome> release = new CompletableFuture<>();
        RunningAdapter http = start(holding(entered, release), new InetSocketAddress("127.0.0.1", 0), Duration.ofSeconds(15));
        HomeNSReq request = Fixtures.homeNSReq(ProtocolVersion.V1_1);
        CompletableFuture<HttpResponse<byte[]>> response = post(http, request);
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the handler was called").isTrue();

        Thread closer = new Thread(http::close, "adapter-closer");
        closer.start();
        closer.join(300);
        // A stop that does not wait would have returned by now, and cut the exchange.
        assertThat(closer.isAlive()).as("the stop waits for the exchange in progress").isTrue();
        release.complete(HomeNSOutcome.found(HOME));

        HttpResponse<byte[]> answered = response.get(10, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).isEqualTo(200);
        HomeNSAns answer = CODEC.decode(answered.body(), HomeNSAns.class);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.Success);
        assertThat(answer.header().transactionId()).isEqualTo(request.header().transactionId());
        closer.join(15_000);
        assertThat(closer.isAlive()).as("the stop returns once the exchange has ended").isFalse();
    }

    @Test
    public void the_wait_is_bounded_by_the_grace_period() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CompletableFuture<HomeNSOutcome> release = new CompletableFuture<>();
        RunningAdapter http = start(holding(entered, release), new InetSocketAddress("127.0.0.1", 0), Duration.ofMillis(500));
        try {
            CompletableFuture<HttpResponse<byte[]>> response = post(http, Fixtures.homeNSReq(ProtocolVersion.V1_1));
            assertThat(entered.await(10, TimeUnit.SECONDS)).as("the handler was called").isTrue();

            Thread closer = new Thread(http::close, "adapter-closer");
            closer.start();
            closer.join(15_000); // the handler would hold it for 20 s

            assertThat(closer.isAlive()).as("the stop gave up after its grace period").isFalse();
            assertThat(response).failsWithin(10, TimeUnit.SECONDS);
        } finally {
            release.complete(HomeNSOutcome.unknownDevice());
        }
    }
}
