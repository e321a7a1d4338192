package io.lorawanbi.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.HomeNSAns;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSHandler;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.SenderAuthenticator;
import io.lorawanbi.server.testsupport.HostileClients;
import io.lorawanbi.server.testsupport.HostileClients.Answer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and vanishing clients cannot stop the Jetty adapter: connections that send one byte and wait (more
 * of them than the server has threads) do not hold back other clients, and clients that hang up before
 * reading their answer leave no descriptor behind. Loopback only, bounded in count and time.
 */
@Timeout(60)
class HostileClientsTest {

    static final BiCodec CODEC = BiCodec.standard();
    static final int THREADS = 8;

    BiJettyServer jetty;
    InetSocketAddress address;
    final byte[] request = CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1));

    @BeforeEach
    void start() {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                .build();
        jetty = BiJettyServer.builder(server).maxThreads(THREADS).start();
        address = jetty.address();
    }

    @AfterEach
    void stop() {
        jetty.close();
        assertThat(jetty.jetty().isStopped()).isTrue();
    }

    void assertAnswered(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(CODEC.decode(answer.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.Success);
    }

    @Test
    void a_client_is_answered_within_a_second_while_more_slow_connections_than_threads_are_held_open()
            throws Exception {
        int slow = 2 * THREADS;
        List<Socket> held = HostileClients.slowSenders(address, slow);
        try {
            Thread.sleep(200); // the slow connections are accepted and waiting for their next byte
            for (int i = 0; i < 3; i++) {
                Answer answer = HostileClients.post(address, request, Duration.ofSeconds(5));
                System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                        "with " + slow + " slow connections held, answered in " + answer.elapsed().toMillis() + " ms");
                assertAnswered(answer);
                assertThat(answer.elapsed()).isLessThan(Duration.ofSeconds(1));
            }
            for (Socket s : held) {
                assertThat(s.isClosed()).isFalse();
            }
        } finally {
            HostileClients.closeAll(held);
        }
    }

    @Test
    void clients_that_hang_up_before_reading_the_answer_leave_no_descriptor_behind() throws Exception {
        assumeTrue(HostileClients.canCountDescriptors(), "needs /proc/self/fd (Linux)");
        assertAnswered(HostileClients.post(address, request, Duration.ofSeconds(5))); // warm up: threads, buffers
        long baseline = HostileClients.awaitDescriptorsAtMost(0, Duration.ofMillis(300));

        for (int i = 0; i < 100; i++) {
            HostileClients.hangUpAfterSending(address, request);
        }
        long peak = HostileClients.openDescriptors();
        long start = System.nanoTime();
        long after = HostileClients.awaitDescriptorsAtMost(baseline, Duration.ofSeconds(10));
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "descriptors: baseline " + baseline + ", right after 100 hang-ups " + peak + ", " + after + " after "
                        + waited + " ms");

        assertThat(after).as("open descriptors after 100 hang-ups (baseline %d)", baseline).isLessThanOrEqualTo(baseline);
        assertAnswered(HostileClients.post(address, request, Duration.ofSeconds(5)));
    }

    @Test
    void a_body_that_does_not_arrive_in_time_closes_the_connection() throws Exception {
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                .build();
        try (BiJettyServer strict = BiJettyServer.builder(server).bodyTimeout(Duration.ofMillis(500)).start()) {
            byte[] head = ("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + request.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            try (Socket s = new Socket(strict.address().getAddress(), strict.address().getPort())) {
                s.setSoTimeout(5000);
                s.getOutputStream().write(head);
                s.getOutputStream().write(request, 0, 10); // and then nothing
                s.getOutputStream().flush();
                long start = System.nanoTime();
                int read;
                try {
                    read = s.getInputStream().read();
                    while (read != -1) { // an error answer, then the end of the stream
                        read = s.getInputStream().read();
                    }
                } catch (SocketException reset) {
                    read = -1;
                }
                long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
                System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                        "a body stalled after 10 bytes: connection closed after " + waited + " ms");
                assertThat(read).isEqualTo(-1);
                assertThat(waited).isBetween(300L, 4000L);
            }
            assertAnswered(HostileClients.post(strict.address(), request, Duration.ofSeconds(5)));
        }
    }

    @Test
    void connections_beyond_the_cap_wait_until_one_closes() throws Exception {
        try (BiJettyServer capped = BiJettyServer.builder(BiServer.builder()
                        .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                        .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                        .build())
                .maxConnections(2).start()) {
            List<Socket> held = HostileClients.slowSenders(capped.address(), 2);
            try {
                Thread.sleep(200);
                assertThat(catchTimeout(() -> HostileClients.post(capped.address(), request, Duration.ofMillis(700))))
                        .as("a third connection is not served while two are open").isTrue();
            } finally {
                HostileClients.closeAll(held);
            }
            assertAnswered(HostileClients.post(capped.address(), request, Duration.ofSeconds(5)));
        }
    }

    interface IoCall {
        Object call() throws Exception;
    }

    static boolean catchTimeout(IoCall call) throws Exception {
        try {
            call.call();
            return false;
        } catch (java.net.SocketTimeoutException e) {
            return true;
        }
    }
}
