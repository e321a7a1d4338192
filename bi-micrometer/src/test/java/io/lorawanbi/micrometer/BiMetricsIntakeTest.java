package io.lorawanbi.micrometer;

import static io.lorawanbi.micrometer.MetricsServerTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.IntakeOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Posted answers and notifications counted by message type and outcome or result code. */
@Timeout(20)
class BiMetricsIntakeTest {

    static final BiCodec CODEC = BiCodec.standard();

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    static int post(BiServer server, BiMessage message) {
        return server.handle(InboundRequest.of(CODEC.encode(message))).status();
    }

    @Test
    void taken_failed_and_refused_posts_are_counted_by_type_and_outcome() {
        AtomicInteger answers = new AtomicInteger();
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(
                        Set.of(Fixtures.NET_ID, Fixtures.OTHER_NET_ID, Fixtures.JOIN_EUI)))
                .handlerTimeout(Duration.ofMillis(200))
                .listener(BiMetrics.create(registry))
                .answerConsumer((answer, ctx) -> switch (answers.incrementAndGet()) {
                    case 1, 2 -> CompletableFuture.completedFuture(IntakeOutcome.MATCHED);
                    case 3 -> CompletableFuture.completedFuture(IntakeOutcome.LATE);
                    case 4 -> throw new IllegalStateException("store down");
                    default -> new CompletableFuture<>(); // never: the deadline answers
                })
                .build(); // no notification consumer: unmatched
        for (int i = 0; i < 5; i++) {
            post(server, Fixtures.xmitDataAns(ProtocolVersion.V1_1));
        }
        assertThat(post(server, Fixtures.prStartNotif())).isEqualTo(200);
        BiServer unauthenticated = BiServer.builder().listener(BiMetrics.create(registry)).build();
        assertThat(post(unauthenticated, Fixtures.xmitDataAns(ProtocolVersion.V1_1))).isEqualTo(400);
        assertThat(server.handle(InboundRequest.of(("{\"ProtocolVersion\":\"1.1\",\"MessageType\":\"XmitDataAns\","
                + "\"SenderID\":\"000013\",\"TransactionID\":\"x\"}").getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(400);

        String body = registry.scrape();
        assertThat(sample(body, "bi_server_intake_total{message_type=\"XmitDataAns\",outcome=\"matched\"}")).isEqualTo(2);
        assertThat(sample(body, "bi_server_intake_total{message_type=\"XmitDataAns\",outcome=\"late\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_intake_total{message_type=\"XmitDataAns\",outcome=\"failed\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_intake_total{message_type=\"XmitDataAns\",outcome=\"timeout\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_intake_total{message_type=\"PRStartNotif\",outcome=\"unmatched\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_intake_refusals_total{message_type=\"XmitDataAns\",result_code=\"UnknownSender\"}"))
                .isEqualTo(1);
        assertThat(sample(body, "bi_server_refusals_total{reason=\"unaddressed\"}")).isEqualTo(1);
        assertThat(body).doesNotContain("store down", "000013");
    }
}
