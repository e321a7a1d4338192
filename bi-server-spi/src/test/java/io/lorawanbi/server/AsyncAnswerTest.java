package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.HexBytes;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.testsupport.LogCapture;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Asynchronous answers: acknowledged at once, then POSTed to the peer's endpoint with bounded retries. */
@Timeout(20)
class AsyncAnswerTest {

    static final NetID HOME = NetID.parse("600010");
    static final EUI64 UNKNOWN_DEV = EUI64.parse("0000000000000099");
    static final long WAIT_SECONDS = 5;
    static final BiCodec CODEC = BiCodec.standard();

    record Posted(URI endpoint, byte[] body, Duration timeout, String contentType) {}
    record Delivered(Header answerHeader, URI endpoint, int attempts) {}
    record Failed(Header answerHeader, URI endpoint, int attempts, String reason) {}

    final BlockingQueue<Posted> received = new LinkedBlockingQueue<>();
    final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    final AtomicInteger holdFirst = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    final ServerListener listener = new ServerListener() {
        @Override
        public void asyncDelivered(Header answerHeader, URI endpoint, int attempts) {
            events.add(new Delivered(answerHeader, endpoint, attempts));
        }

        @Override
        public void asyncDeliveryFailed(Header answerHeader, URI endpoint, int attempts, String reason) {
            events.add(new Failed(answerHeader, endpoint, attempts, reason));
        }
    };

    ExecutorService receiverThreads;
    HttpServer receiver;
    URI endpoint;
    LogCapture log;

    @BeforeEach
    void startReceiver() throws Exception {
        log = LogCapture.install();
        receiverThreads = Executors.newCachedThreadPool();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.createContext("/", exchange -> {
            received.add(new Posted(exchange.getRequestURI(), exchange.getRequestBody().readAllBytes(), null,
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            if (holdFirst.getAndDecrement() > 0) {
                try {
                    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = statuses.pollFirst();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.setExecutor(receiverThreads);
        receiver.start();
        endpoint = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/bi/answers");
    }

    @AfterEach
    void stopReceiver() {
        release.countDown();
        receiver.stop(0);
        receiverThreads.shutdownNow();
        log.close();
    }

    BiServer server(AnswerMode mode, AnswerSender sender) {
        BiServer.Builder b = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .answerMode(Fixtures.NET_ID, mode)
                .answerMode(Fixtures.OTHER_NET_ID, mode)
                .listener(listener)
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> req.devEui().equals(Fixtures.DEV_EUI)
                        ? HomeNSOutcome.found(HOME) : HomeNSOutcome.unknownDevice()));
        return (sender == null ? b : b.answerSender(sender)).build();
    }

    static HomeNSReq request(ProtocolVersion v, long transactionId, EUI64 devEui) {
        Header h = Fixtures.header(MessageType.HomeNSReq, v).toBuilder()
                .transactionId(transactionId).senderToken(HexBytes.parse("A1B2")).build();
        return new HomeNSReq(h, devEui);
    }

    static void assertAcknowledged(OutboundResponse response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyLength()).isZero();
        assertThat(response.headers()).isEmpty();
    }

    static HomeNSAns assertAnswers(byte[] body, HomeNSReq request, ResultCode code) {
        HomeNSAns answer = CODEC.decode(body, HomeNSAns.class);
        assertThat(answer.header().messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThat(answer.header().protocolVersion()).isEqualTo(request.protocolVersion());
        assertThat(answer.header().transactionId()).isEqualTo(request.header().transactionId());
        assertThat(answer.header().senderId()).isEqualTo(Fixtures.JOIN_EUI);
        assertThat(answer.header().receiverId()).isEqualTo(request.header().senderId());
        assertThat(answer.header().receiverToken()).isEqualTo(HexBytes.parse("A1B2"));
        assertThat(answer.result().resultCode()).isEqualTo(code);
        assertThat(answer.hNetId()).isEqualTo(code.isSuccess() ? HOME : null);
        return answer;
    }

    <T> T next(BlockingQueue<?> queue, Class<T> type) throws InterruptedException {
        Object event = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(event).as("an event within " + WAIT_SECONDS + " s").isInstanceOf(type);
        return type.cast(event);
    }

    @Test
    void two_500s_then_200_are_delivered_on_the_third_attempt() throws Exception {
        statuses.addAll(List.of(500, 500));
        HomeNSReq request = request(ProtocolVersion.V1_1, 17L, Fixtures.DEV_EUI);

        assertAcknowledged(server(AnswerMode.async(endpoint), null).handle(InboundRequest.of(CODEC.encode(request))));

        Delivered delivered = next(events, Delivered.class);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.answerHeader().transactionId()).isEqualTo(17L);
        assertThat(received).hasSize(3).allSatisfy(p -> assertAnswers(p.body(), request, ResultCode.Success));
    }

    @Test
    void a_peer_that_always_answers_500_is_given_up_after_max_attempts() throws Exception {
        statuses.addAll(List.of(500, 500, 500));
        AnswerMode.Async mode = new AnswerMode.Async(endpoint, Duration.ofMillis(500), 2);
        HomeNSReq request = request(ProtocolVersion.V1_0, 18L, Fixtures.DEV_EUI);

        assertAcknowledged(server(mode, null).handle(InboundRequest.of(CODEC.encode(request))));

        Failed failed = next(events, Failed.class);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.reason()).isEqualTo("HTTP 500");
        assertThat(failed.endpoint()).isEqualTo(endpoint);
        assertThat(failed.answerHeader().transactionId()).isEqualTo(18L);
        assertThat(received).hasSize(2);
        assertThat(log.anyContains("could not deliver HomeNSAns 18")).isTrue();
    }

    @Test
    void an_attempt_that_times_out_is_retried() throws Exception {
        holdFirst.set(1);
        AnswerMode.Async mode = new AnswerMode.Async(endpoint, Duration.ofMillis(500), 2);
        HomeNSReq request = request(ProtocolVersion.V1_1, 19L, Fixtures.DEV_EUI);

        assertAcknowledged(server(mode, null).handle(InboundRequest.of(CODEC.encode(request))));

        assertThat(next(events, Delivered.class).attempts()).isEqualTo(2);
        assertThat(received).hasSize(2);
    }

    @Test
    void a_configured_answer_sender_is_used_and_retried_when_it_throws() throws Exception {
        BlockingQueue<Posted> calls = new LinkedBlockingQueue<>();
        AtomicInteger call = new AtomicInteger();
        AnswerSender sender = (uri, body, timeout) -> {
            calls.add(new Posted(uri, body, timeout, null));
            if (call.incrementAndGet() == 1) {
                throw new IllegalStateException("no route");
            }
            return CompletableFuture.completedFuture(202);
        };
        URI peer = URI.create("https://peer.example/bi");
        AnswerMode.Async mode = new AnswerMode.Async(peer, Duration.ofMillis(700), 2);
        HomeNSReq request = request(ProtocolVersion.V1_1, 20L, UNKNOWN_DEV);

        assertAcknowledged(server(mode, sender).handle(InboundRequest.of(CODEC.encode(request))));

        Delivered delivered = next(events, Delivered.class);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.endpoint()).isEqualTo(peer);
        assertThat(calls).hasSize(2).allSatisfy(p -> {
            assertThat(p.endpoint()).isEqualTo(peer);
            assertThat(p.timeout()).isEqualTo(Duration.ofMillis(700));
            assertAnswers(p.body(), request, ResultCode.UnknownDevEUI);
        });
        assertThat(received).isEmpty();
    }

    @Test
    void an_answer_sender_returning_no_stage_is_retried_and_reported_as_failed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AnswerSender sender = (uri, body, timeout) -> {
            calls.incrementAndGet();
            return null;
        };
        AnswerMode.Async mode = new AnswerMode.Async(URI.create("https://peer.example/bi"), Duration.ofMillis(500), 2);

        assertAcknowledged(server(mode, sender).handle(InboundRequest.of(CODEC.encode(
                request(ProtocolVersion.V1_0, 24L, Fixtures.DEV_EUI)))));

        Failed failed = next(events, Failed.class);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.reason()).isEqualTo("IllegalStateException");
        assertThat(failed.answerHeader().transactionId()).isEqualTo(24L);
        assertThat(calls).hasValue(2);
    }

    @Test
    void unauthenticated_and_unaddressable_requests_are_answered_synchronously() throws Exception {
        BlockingQueue<Posted> calls = new LinkedBlockingQueue<>();
        BiServer server = server(AnswerMode.async(endpoint), (uri, body, timeout) -> {
            calls.add(new Posted(uri, body, timeout, null));
            return CompletableFuture.completedFuture(200);
        });
        HomeNSReq stranger = new HomeNSReq(request(ProtocolVersion.V1_1, 21L, Fixtures.DEV_EUI).header().toBuilder()
                .senderId(Fixtures.OTHER_NET_ID).build(), Fixtures.DEV_EUI);

        OutboundResponse refused = server.handle(InboundRequest.of(CODEC.encode(stranger)));
        OutboundResponse garbage = server.handle(InboundRequest.of("{".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isEqualTo(200);
        HomeNSAns answer = CODEC.decode(refused.body(), HomeNSAns.class);
        assertThat(answer.result().resultCode()).isEqualTo(ResultCode.UnknownSender);
        assertThat(answer.header().transactionId()).isEqualTo(21L);
        assertThat(answer.header().receiverId()).isEqualTo(Fixtures.OTHER_NET_ID);
        assertThat(garbage.status()).isEqualTo(400);

        HomeNSReq good = request(ProtocolVersion.V1_1, 22L, Fixtures.DEV_EUI);
        assertAcknowledged(server.handle(InboundRequest.of(CODEC.encode(good))));
        assertThat(next(events, Delivered.class).answerHeader().transactionId()).isEqualTo(22L);
        assertThat(calls).singleElement().satisfies(p -> assertAnswers(p.body(), good, ResultCode.Success));
    }

    @Test
    void failure_answers_are_posted_with_their_result_codes() throws Exception {
        BiServer server = server(AnswerMode.async(endpoint), null);
        HomeNSReq unknown = request(ProtocolVersion.V1_0, 0L, UNKNOWN_DEV);
        assertAcknowledged(server.handle(InboundRequest.of(CODEC.encode(unknown))));
        assertAnswers(next(received, Posted.class).body(), unknown, ResultCode.UnknownDevEUI);

        HomeNSReq malformed = request(ProtocolVersion.V1_1, 23L, Fixtures.DEV_EUI);
        String json = new String(CODEC.encode(malformed), StandardCharsets.UTF_8).replace("0102030405060708", "01");
        assertAcknowledged(server.handle(InboundRequest.of(json.getBytes(StandardCharsets.UTF_8))));
        HomeNSAns answer = assertAnswers(next(received, Posted.class).body(), malformed, ResultCode.MalformedMessage);
        assertThat(answer.result().description()).startsWith("DevEUI");
    }
}
