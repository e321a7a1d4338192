package io.lorawanbi.server.jdk;

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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and vanishing clients cannot stop the JDK adapter: connections that send one byte and wait do not
 * hold back other clients, and clients that hang up before reading their answer leave no descriptor
 * behind. Loopback only, bounded in count and time.
 */
@Timeout(90)
class HostileClientsTest {

    static final BiCodec CODEC = BiCodec.standard();
    /** The dispatcher pool the adapter had before connections got threads of their own: max(4, 2 × cores). */
    static final int OLD_POOL = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    BiHttpServer http;
    InetSocketAddress address;
    final byte[] request = CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1));

    @BeforeEach
    void start() {
        assertThat(BiHttpServer.limits().maxResponseTime()).as("the JDK server's response time limit")
                .isGreaterThan(Duration.ZERO);
        BiServer server = BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                .build();
        http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
        address = http.address();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    void assertAnswered(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(CODEC.decode(answer.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.Success);
    }

    @Test
    void a_client_is_answered_within_a_second_while_twice_the_old_pool_of_slow_connections_is_held_open()
            throws Exception {
        int slow = 2 * OLD_POOL;
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
        // The JDK server reclaims these connections at its response time limit (15 s by default).
        Duration bound = BiHttpServer.limits().maxResponseTime().plusSeconds(3);
        long start = System.nanoTime();
        long after = HostileClients.awaitDescriptorsAtMost(baseline, bound);
        long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                "descriptors: baseline " + baseline + ", right after 100 hang-ups " + peak + ", " + after + " after "
                        + waited + " ms");

        assertThat(after).as("open descriptors after 100 hang-ups (baseline %d)", baseline).isLessThanOrEqualTo(baseline);
        assertAnswered(HostileClients.post(address, request, Duration.ofSeconds(5)));
    }
}
