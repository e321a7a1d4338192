package io.lorawanbi.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mixed-version HomeNSReq (1.0 and 1.1 alternating) from 64 concurrent clients against a responder on
 * Jetty over loopback: a device table of 256 devices under two JoinEUIs (each with its own home NetID,
 * half with a home NSID) looked up in memory, four trusted senders, and one request in eight for a
 * device the table does not hold. Every answer must match its request: version, TransactionID, IDs
 * swapped, Success with the device's HNetID (and HNSID in 1.1 where the table has one) or
 * UnknownDevEUI. The default build sends 1,000 requests; {@code -Pload} sends 10,000
 * ({@code bi.load.requests}). Throughput and latency percentiles are printed for the record.
 */
class MixedVersionLoadTest {

    private static final int CLIENTS = 64;
    private static final BiCodec CODEC = BiCodec.standard();
    private static final List<EUI64> JOIN_EUIS = List.of(EUI64.parse("70B3D57ED0000000"), EUI64.parse("70B3D57ED0000100"));
    private static final List<NetID> SENDERS = List.of(NetID.parse("000013"), NetID.parse("C00053"),
            NetID.parse("600020"), NetID.parse("000024"));

    private record Device(EUI64 joinEui, EUI64 devEui) {}

    private record Home(NetID netId, EUI64 nsId) {}

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void every_answer_matches_its_request() throws Exception {
        int requests = Integer.getInteger("bi.load.requests", 1_000);
        Map<Device, Home> table = new HashMap<>();
        for (int i = 0; i < 256; i++) {
            Device d = new Device(JOIN_EUIS.get(i % 2), EUI64.of(0x0004A30B00000000L + i));
            table.put(d, new Home(NetID.of(0x000100 + i), i % 2 == 0 ? EUI64.of(0x70B3D57ED0010000L + i) : null));
        }
        BiServer responder = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.copyOf(SENDERS)))
                .answersFor(JOIN_EUIS)
                .homeNsHandler(HomeNSHandler.nonBlocking((q, c) -> {
                    Home home = table.get(new Device((EUI64) q.header().receiverId(), q.devEui()));
                    return home == null ? new HomeNSOutcome.UnknownDevice("unknown device " + q.devEui())
                            : home.nsId() == null ? HomeNSOutcome.found(home.netId())
                            : HomeNSOutcome.found(home.netId(), home.nsId());
                }))
                .build();

        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unknown = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long started;
        long elapsed;
        try (BiJettyServer jetty = BiJettyServer.builder(responder)
                .address(new InetSocketAddress("127.0.0.1", 0)).start()) {
            URI uri = jetty.uri();
            started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        ProtocolVersion version = i % 2 == 0 ? ProtocolVersion.V1_0 : ProtocolVersion.V1_1;
                        long devIndex = i % 8 == 7 ? 4096 + i : (i * 7L + i / 2) % 256;
                        EUI64 joinEui = JOIN_EUIS.get((int) (devIndex % 2)); // both JoinEUIs with both versions
                        Device device = new Device(joinEui, EUI64.of(0x0004A30B00000000L + devIndex));
                        NetID sender = SENDERS.get(i % SENDERS.size());
                        Header header = Header.builder().protocolVersion(version).senderId(sender).receiverId(joinEui)
                                .transactionId((long) i).messageType(MessageType.HomeNSReq).build();
                        HomeNSReq request = new HomeNSReq(header, device.devEui());
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(CODEC.encode(request))).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        latencies[i] = System.nanoTime() - t0;
                        String wrong = mismatch(request, table.get(device), response);
                        if (wrong != null) {
                            mismatches.add("request " + i + ": " + wrong);
                        }
                        if (table.get(device) == null) {
                            unknown.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(600, TimeUnit.SECONDS);
            }
            elapsed = System.nanoTime() - started;
        } finally {
            clients.shutdownNow();
        }

        assertThat(mismatches).as("mismatched answers").isEmpty();
        assertThat(unknown.get()).as("unknown devices asked").isEqualTo(requests / 8);
        Arrays.sort(latencies);
        System.out.printf("MixedVersionLoadTest: %,d HomeNSReq, %d clients, %.0f requests/s, p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms (load average %s)%n", requests, CLIENTS, requests / (elapsed / 1e9),
                latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99)] / 1e6, latencies[requests - 1] / 1e6,
                loadAverage());
    }

    /** The machine's load averages (1, 5, 15 min) where Linux tells them, for reading the figures. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** What makes the response not the answer to the request, or {@code null}. */
    private static String mismatch(HomeNSReq request, Home home, HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        HomeNSAns answer = CODEC.decode(response.body(), HomeNSAns.class);
        Header q = request.header();
        Header a = answer.header();
        if (!a.protocolVersion().equals(q.protocolVersion()) || !a.transactionId().equals(q.transactionId())
                || !a.senderId().equals(q.receiverId()) || !a.receiverId().equals(q.senderId())) {
            return "answer header " + a + " for " + q;
        }
        ResultCode expected = home == null ? ResultCode.UnknownDevEUI : ResultCode.Success;
        if (answer.result().resultCode() != expected) {
            return "result " + answer.result() + ", expected " + expected;
        }
        if (home != null) {
            EUI64 nsId = ProtocolVersion.V1_1.equals(q.protocolVersion()) ? home.nsId() : null;
            if (!home.netId().equals(answer.hNetId()) || !java.util.Objects.equals(nsId, answer.hNsId())) {
                return "home " + answer.hNetId() + "/" + answer.hNsId() + ", expected " + home;
            }
        }
        return null;
    }
}
