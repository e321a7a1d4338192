package io.lorawanbi.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.AnswerMode;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.RequestLog;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.ServerListener;
import io.lorawanbi.server.jdk.BiHttpServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real BiServer exchanges over HTTP, then /metrics and /health scraped over HTTP. */
@Timeout(30)
class MetricsServerTest {

    static final BiCodec CODEC = BiCodec.standard();
    static final EUI64 THROWS = EUI64.parse("00000000000000F1");
    static final EUI64 UNKNOWN_DEV = EUI64.parse("0000000000000099");

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final List<AutoCloseable> open = new ArrayList<>();
    final CountDownLatch delivered = new CountDownLatch(1);

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    BiHttpServer biServer(ServerListener listener) {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID, Fixtures.OTHER_NET_ID)))
                .answersFor(Fixtures.JOIN_EUI)
                .answerMode(Fixtures.OTHER_NET_ID, AnswerMode.async(URI.create("http://peer.invalid/answers")))
                .answerSender((endpoint, body, timeout) -> {
                    delivered.countDown();
                    return CompletableFuture.completedFuture(202);
                })
                .listener(listener)
                .homeNsHandler((req, ctx) -> {
                    if (req.devEui().equals(THROWS)) {
                        throw new IllegalStateException("registry down");
                    }
                    return CompletableFuture.completedFuture(req.devEui().equals(Fixtures.DEV_EUI)
                            ? HomeNSOutcome.found(Fixtures.HOME_NET_ID) : HomeNSOutcome.unknownDevice());
                })
                .build();
        BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        open.add(http);
        return http;
    }

    MetricsServer metrics(MetricsServer.Builder builder) {
        MetricsServer server = builder.address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).start();
        open.add(server);
        return server;
    }

    static String homeNs(Header.Builder header, EUI64 devEui) {
        return new String(CODEC.encode(new HomeNSReq(header.build(), devEui)), StandardCharsets.UTF_8);
    }

    static Header.Builder header() {
        return Fixtures.header(MessageType.HomeNSReq, ProtocolVersion.V1_1).toBuilder();
    }

    HttpResponse<String> post(URI uri, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the one sample whose name and labels are exactly these. */
    static double sample(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)").matcher(scrape);
        assertThat(m.find()).as("series %s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void exchanges_show_in_the_scrape_by_message_type_and_result_code() throws Exception {
        BiMetrics listener = BiMetrics.create(registry);
        URI bi = biServer(listener).uri();
        URI scrape = metrics(MetricsServer.builder(registry)).uri().resolve("/metrics");

        for (int i = 0; i < 3; i++) {
            assertThat(post(bi, homeNs(header().transactionId((long) i), Fixtures.DEV_EUI)).body()).contains("Success");
        }
        assertThat(post(bi, homeNs(header(), UNKNOWN_DEV)).body()).contains("UnknownDevEUI");
        assertThat(post(bi, homeNs(header().senderId(io.lorawanbi.model.NetID.parse("600001")), Fixtures.DEV_EUI)).body())
                .contains("UnknownSender");
        assertThat(post(bi, homeNs(header(), THROWS)).body()).contains("\"Other\"");
        assertThat(post(bi, "not json").statusCode()).isEqualTo(400);
        assertThat(post(bi, homeNs(header().senderId(Fixtures.OTHER_NET_ID), Fixtures.DEV_EUI)).statusCode()).isEqualTo(200);
        assertThat(delivered.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> response = get(scrape);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        String body = response.body();
        // The async peer's request was answered too (its answer was posted), so Success counts 4.
        assertThat(sample(body, "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"Success\"}")).isEqualTo(4);
        assertThat(sample(body, "bi_server_requests_seconds_bucket{message_type=\"HomeNSReq\",result_code=\"Success\",le=\"+Inf\"}")).isEqualTo(4);
        assertThat(sample(body, "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"UnknownDevEUI\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"UnknownSender\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"Other\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_requests_seconds_sum{message_type=\"HomeNSReq\",result_code=\"Success\"}")).isPositive();
        assertThat(sample(body, "bi_server_refusals_total{reason=\"unaddressed\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_refusals_total{reason=\"authentication\"}")).isEqualTo(1);
        assertThat(sample(body, "bi_server_refusals_total{reason=\"internal\"}")).isEqualTo(0);
        assertThat(sample(body, "bi_server_handler_failures_total{cause=\"error\",message_type=\"HomeNSReq\"}")).isEqualTo(1);
        assertThat(body).contains("# TYPE bi_server_requests_seconds histogram", "# TYPE bi_server_requests_seconds_max gauge",
                "bi_server_requests_seconds_max{message_type=\"HomeNSReq\",result_code=\"Success\"} ");

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String later = body;
        while (!later.contains("bi_server_async_deliveries_total") && System.nanoTime() < until) {
            Thread.sleep(20);
            later = get(scrape).body();
        }
        assertThat(sample(later, "bi_server_async_deliveries_total{message_type=\"HomeNSAns\",outcome=\"delivered\"}")).isEqualTo(1);
    }

    @Test
    void garbage_message_types_and_codes_make_no_new_series() throws Exception {
        ServerListener both = ServerListener.all(BiMetrics.create(registry), RequestLog.create());
        URI bi = biServer(both).uri();
        URI scrape = metrics(MetricsServer.builder(registry)).uri().resolve("/metrics");
        post(bi, homeNs(header(), Fixtures.DEV_EUI));
        int before = seriesCount(get(scrape).body());
        String good = homeNs(header(), Fixtures.DEV_EUI);
        for (int i = 0; i < 40; i++) {
            post(bi, good.replace("\"MessageType\":\"HomeNSReq\"", "\"MessageType\":\"Evil" + i + "\""));
            post(bi, good.replace("\"ProtocolVersion\":\"1.1\"", "\"ProtocolVersion\":\"7." + i + "\""));
        }
        String body = get(scrape).body();
        assertThat(seriesCount(body)).as("series after 80 hostile requests: only InvalidProtocolVersion is new").isEqualTo(before + 1);
        assertThat(body).doesNotContain("Evil", "7.3");
        assertThat(sample(body, "bi_server_refusals_total{reason=\"unaddressed\"}")
                + sumOf(body, "bi_server_requests_seconds_count{message_type=\"HomeNSReq\",result_code=\"InvalidProtocolVersion\"}"))
                .isEqualTo(80);
    }

    /** Distinct label sets: one {@code _count} per timer series, one {@code _total} per counter series. */
    static int seriesCount(String scrape) {
        return (int) scrape.lines().filter(l -> l.startsWith("bi_server_") && (l.contains("_count{") || l.contains("_total{")))
                .count();
    }

    static double sumOf(String scrape, String series) {
        return scrape.contains(series + " ") ? sample(scrape, series) : 0;
    }

    @Test
    void openmetrics_is_served_to_a_scraper_that_asks_for_it() throws Exception {
        BiMetrics.create(registry);
        HttpResponse<String> r = get(metrics(MetricsServer.builder(registry)).uri().resolve("/metrics"),
                "Accept", "application/openmetrics-text; version=1.0.0,text/plain;q=0.5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/openmetrics-text; version=1.0.0; charset=utf-8");
        assertThat(r.body()).contains("bi_server_refusals_total{reason=\"authentication\"} 0").endsWith("# EOF\n");
    }

    @Test
    void health_is_up_while_ready_and_every_check_passes() throws Exception {
        AtomicBoolean pool = new AtomicBoolean(true);
        MetricsServer server = metrics(MetricsServer.builder(registry)
                .readinessCheck("device-registry", () -> pool.get() ? ReadinessCheck.Status.up()
                        : ReadinessCheck.Status.down("pool: 0 of 10 connections usable")));
        URI health = server.uri().resolve("/health");
        HttpResponse<String> up = get(health);
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(up.body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"server\":{\"status\":\"UP\"},"
                + "\"device-registry\":{\"status\":\"UP\"}}}");

        pool.set(false);
        HttpResponse<String> down = get(health);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"server\":{\"status\":\"UP\"},"
                + "\"device-registry\":{\"status\":\"DOWN\",\"detail\":\"pool: 0 of 10 connections usable\"}}}");

        pool.set(true);
        server.ready(false);
        assertThat(get(health).statusCode()).isEqualTo(503);
        assertThat(get(health).body()).contains("\"server\":{\"status\":\"DOWN\",\"detail\":\"not running\"}");
        server.ready(true);
        assertThat(get(health).statusCode()).isEqualTo(200);
    }

    @Test
    void a_hanging_or_throwing_check_is_down_within_the_time_limit_and_runs_once_at_a_time() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        MetricsServer server = metrics(MetricsServer.builder(registry).checkTimeout(Duration.ofMillis(300))
                .readinessCheck("hangs", () -> {
                    runs.incrementAndGet();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return ReadinessCheck.Status.up();
                })
                .readinessCheck("throws", () -> {
                    throw new IllegalStateException("jdbc:postgresql://db/x?password=hunter2");
                }));
        URI health = server.uri().resolve("/health");
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(health);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("\"hangs\":{\"status\":\"DOWN\",\"detail\":\"no answer within 300 ms\"}",
                    "\"throws\":{\"status\":\"DOWN\",\"detail\":\"the check failed: java.lang.IllegalStateException\"}")
                    .doesNotContain("hunter2");
        }
        assertThat(runs.get()).as("a check still running is not started again").isEqualTo(1);
        release.countDown();
    }

    @Test
    void other_methods_paths_and_bodies_are_refused_and_head_has_no_body() throws Exception {
        URI base = metrics(MetricsServer.builder(registry)).uri();
        assertThat(post(base.resolve("/metrics"), "x").statusCode()).isEqualTo(405);
        assertThat(get(base.resolve("/other")).statusCode()).isEqualTo(404);
        assertThat(get(base.resolve("/metrics/x")).statusCode()).isEqualTo(404);
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(base.resolve("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(raw(base, "GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")).startsWith("HTTP/1.1 413");
    }

    @Test
    void close_frees_the_port() throws Exception {
        MetricsServer server = MetricsServer.builder(registry)
                .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).start();
        int port = server.address().getPort();
        assertThat(get(server.uri().resolve("/health")).statusCode()).isEqualTo(200);
        server.close();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            org.junit.jupiter.api.Assertions.fail("still listening on " + port);
        } catch (ConnectException expected) {
            // closed
        }
    }

    static String raw(URI base, String request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[64];
            int n = in.read(buf);
            return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        }
    }
}
