package io.lorawanbi.micrometer.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.micrometer.BiMetrics;
import io.lorawanbi.micrometer.MetricsServer;
import io.lorawanbi.micrometer.ReadinessCheck;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestLog;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.ServerListener;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** docs/metrics.md: the documented set-up, run and scraped. */
@Timeout(30)
class MetricsExamplesTest {

    @Test
    void metrics_and_health_beside_the_bi_listener() throws Exception {
        HomeNSHandler handler = HomeNSHandler.immediate((request, context) -> HomeNSOutcome.found(Fixtures.HOME_NET_ID));
        SenderAuthenticator authenticator = SenderAuthenticator.insecureSenderAllowList(Set.of(NetID.parse("000013")));
        AtomicBoolean databaseUp = new AtomicBoolean(true);
        HttpClient client = HttpClient.newHttpClient();

        // tag::metrics[]
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        BiServer server = BiServer.builder()
                .homeNsHandler(handler)
                .authenticator(authenticator)
                .listener(ServerListener.all(RequestLog.create(), BiMetrics.create(registry)))
                .build();
        try (BiHttpServer bi = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
                MetricsServer metrics = MetricsServer.builder(registry)
                        .address(new InetSocketAddress("127.0.0.1", 0)) // default 127.0.0.1:9464
                        .readinessCheck("device-registry", () -> databaseUp.get()
                                ? ReadinessCheck.Status.up() : ReadinessCheck.Status.down("database unreachable"))
                        .start()) {
            // ... peers POST to bi.uri(); Prometheus scrapes metrics.uri().resolve("/metrics") ...
            // end::metrics[]
            byte[] request = BiCodec.standard().encode(new HomeNSReq(
                    Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_0), Fixtures.DEV_EUI));
            assertThat(client.send(HttpRequest.newBuilder(bi.uri()).POST(HttpRequest.BodyPublishers.ofByteArray(request))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).contains("Success");
            String scrape = client.send(HttpRequest.newBuilder(metrics.uri().resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(scrape).contains(
                    "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"Success\"} 1\n");
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(metrics.uri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            databaseUp.set(false);
            health = client.send(HttpRequest.newBuilder(metrics.uri().resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"server\":{\"status\":\"UP\"},"
                    + "\"device-registry\":{\"status\":\"DOWN\",\"detail\":\"database unreachable\"}}}");
        }
    }
}
