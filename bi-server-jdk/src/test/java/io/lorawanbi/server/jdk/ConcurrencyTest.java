package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.InboundRequest;
import io.lorawanbi.server.OutboundResponse;
import io.lorawanbi.server.SenderAuthenticator;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One server under many threads: every answer must match its own request, never another's. */
@Timeout(60)
class ConcurrencyTest {

    enum Kind { GOOD, UNKNOWN_SENDER, MALFORMED, GARBAGE }

    /** A request and what its answer must be. */
    record Case(Kind kind, HomeNSReq request, byte[] body) {}

    /** Sends a body, returns status and body. */
    interface Transport {
        OutboundResponse send(byte[] body) throws Exception;
    }

    static final BiCodec CODEC = BiCodec.standard();
    static final List<EUI64> KNOWN = IntStream.range(0, 32)
            .mapToObj(i -> EUI64.of(0x70B3D57E00000000L + i * 7919L)).toList();
    static final Set<EUI64> KNOWN_SET = Set.copyOf(KNOWN);

    final ExecutorService lookups = Executors.newFixedThreadPool(2);
    final ExecutorService clients = Executors.newFixedThreadPool(8);

    final BiServer server = BiServer.builder()
            .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
            .answersFor(Fixtures.JOIN_EUI)
            .homeNsHandler((req, ctx) -> {
                HomeNSOutcome outcome = !ctx.version().equals(req.protocolVersion())
                        ? new HomeNSOutcome.Failure(ResultCode.Other, "context of another request")
                        : KNOWN_SET.contains(req.devEui())
                                ? HomeNSOutcome.found(homeOf(req.devEui()), nsOf(req.devEui()))
                                : HomeNSOutcome.unknownDevice();
                // Half the lookups answer on the calling thread, half on another one.
                return (req.devEui().value() & 1) == 0
                        ? CompletableFuture.completedFuture(outcome)
                        : CompletableFuture.supplyAsync(() -> outcome, lookups);
            })
            .build();

    @AfterEach
    void shutdown() {
        lookups.shutdownNow();
        clients.shutdownNow();
    }

    static NetID homeOf(EUI64 dev) {
        return NetID.of((int) (dev.value() & NetID.MAX_VALUE));
    }

    static EUI64 nsOf(EUI64 dev) {
        return EUI64.of(Long.reverse(dev.value()));
    }

    static HexBytes randomToken(Random r) {
        if (r.nextInt(4) == 0) {
            return null;
        }
        byte[] b = new byte[1 + r.nextInt(8)];
        r.nextBytes(b);
        return HexBytes.of(b);
    }

    static Case randomCase(Random r, int i) {
        ProtocolVersion v = r.nextBoolean() ? ProtocolVersion.V1_0 : ProtocolVersion.V1_1;
        boolean v11 = ProtocolVersion.V1_1.equals(v);
        EUI64 dev = r.nextBoolean() ? KNOWN.get(r.nextInt(KNOWN.size())) : EUI64.of(r.nextLong());
        boolean stranger = r.nextInt(10) == 0;
        Header h = Fixtures.header(MessageType.HomeNSReq, v).toBuilder()
                .senderId(stranger ? Fixtures.OTHER_NET_ID : Fixtures.NET_ID)
                .transactionId(r.nextLong() & Header.MAX_TRANSACTION_ID)
                .senderToken(randomToken(r))
                .receiverToken(randomToken(r))
                .senderNsid(v11 ? EUI64.of(r.nextLong()) : null)
                .build();
        HomeNSReq request = new HomeNSReq(h, dev);
        byte[] body = CODEC.encode(request);
        int fault = r.nextInt(12);
        if (fault == 0) {
            byte[] garbage = new byte[1 + r.nextInt(64)];
            r.nextBytes(garbage);
            garbage[0] = 0;
            return new Case(Kind.GARBAGE, request, r.nextBoolean() ? garbage : ("garbage " + i).getBytes(StandardCharsets.UTF_8));
        }
        if (fault == 1) {
            String json = new String(body, StandardCharsets.UTF_8);
            String member = "\"DevEUI\":\"" + String.format("%016X", dev.value()) + "\"";
            assertThat(json).contains(member);
            body = json.replace(member, "\"DevEUI\":\"XYZ\"").getBytes(StandardCharsets.UTF_8);
            return new Case(stranger ? Kind.UNKNOWN_SENDER : Kind.MALFORMED, request, body);
        }
        return new Case(stranger ? Kind.UNKNOWN_SENDER : Kind.GOOD, request, body);
    }

    static void check(Case c, OutboundResponse response) {
        if (c.kind() == Kind.GARBAGE) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.bodyText()).startsWith("{\"ResultCode\":\"");
            return;
        }
        assertThat(response.status()).isEqualTo(200);
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        Header q = c.request().header();
        Header a = answer.header();
        boolean v11 = ProtocolVersion.V1_1.equals(q.protocolVersion());
        assertThat(a.protocolVersion()).isEqualTo(q.protocolVersion());
        assertThat(a.messageType()).isEqualTo(MessageType.HomeNSAns);
        assertThat(a.transactionId()).isEqualTo(q.transactionId());
        assertThat(a.senderId()).isEqualTo(Fixtures.JOIN_EUI);
        assertThat(a.receiverId()).isEqualTo(q.senderId());
        assertThat(a.senderToken()).isEqualTo(q.receiverToken());
        assertThat(a.receiverToken()).isEqualTo(q.senderToken());
        assertThat(a.receiverNsid()).isEqualTo(v11 ? q.senderNsid() : null);
        EUI64 dev = c.request().devEui();
        boolean found = c.kind() == Kind.GOOD && KNOWN_SET.contains(dev);
        ResultCode expected = switch (c.kind()) {
            case UNKNOWN_SENDER -> ResultCode.UnknownSender;
            case MALFORMED -> ResultCode.malformed(q.protocolVersion());
            default -> found ? ResultCode.Success : ResultCode.UnknownDevEUI;
        };
        assertThat(answer.result().resultCode()).isEqualTo(expected);
        assertThat(answer.hNetId()).isEqualTo(found ? homeOf(dev) : null);
        assertThat(answer.hNsId()).isEqualTo(found && v11 ? nsOf(dev) : null);
    }

    /** Runs threads x perThread random cases through the transport; returns how many of each kind ran. */
    Map<Kind, Integer> hammer(Transport transport, int threads, int perThread) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Map<Kind, Integer>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = 1000L + t;
            results.add(clients.submit(() -> {
                Random r = new Random(seed);
                Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
                go.await(5, TimeUnit.SECONDS);
                for (int i = 0; i < perThread; i++) {
                    Case c = randomCase(r, i);
                    try {
                        check(c, transport.send(c.body()));
                    } catch (AssertionError e) {
                        throw new AssertionError("seed " + seed + " case " + i + " " + c.kind() + " "
                                + new String(c.body(), StandardCharsets.UTF_8), e);
                    }
                    counts.merge(c.kind(), 1, Integer::sum);
                }
                return counts;
            }));
        }
        go.countDown();
        Map<Kind, Integer> total = new EnumMap<>(Kind.class);
        for (Future<Map<Kind, Integer>> f : results) {
            try {
                f.get(50, TimeUnit.SECONDS).forEach((k, n) -> total.merge(k, n, Integer::sum));
            } catch (ExecutionException e) {
                throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
            }
        }
        return total;
    }

    @Test
    void eight_threads_each_get_their_own_answers_from_handle() throws Exception {
        Map<Kind, Integer> counts = hammer(body -> server.handle(InboundRequest.of(body)), 8, 500);

        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4000);
        assertThat(counts).as("every kind of request was exercised").containsOnlyKeys(Kind.values());
        assertThat(counts.get(Kind.GOOD)).isGreaterThan(2000);
    }

    @Test
    void concurrent_clients_over_http_get_their_own_answers() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try (BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0))) {
            Transport overHttp = body -> {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(http.uri().resolve("/hns"))
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.headers().allValues("Content-Type")).containsExactly("application/json");
                return OutboundResponse.json(r.statusCode(), r.body());
            };
            Map<Kind, Integer> counts = hammer(overHttp, 4, 60);

            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(240);
            assertThat(counts.get(Kind.GOOD)).isGreaterThan(100);
        }
    }
}
