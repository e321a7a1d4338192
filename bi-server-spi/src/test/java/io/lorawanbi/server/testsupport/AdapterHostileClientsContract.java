package io.lorawanbi.server.testsupport;

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
 * Slow and vanishing clients cannot stop an HTTP adapter: connections that send one byte and wait do not
 * hold back other clients, and clients that hang up before reading their answer leave no descriptor
 * behind. Loopback only, bounded in count and time. An adapter's test extends this class, starts its
 * adapter in {@link #startHttp(BiServer)} and says how many slow connections it must bear and how soon
 * it reclaims a connection whose client hung up.
 */
@Timeout(60)
public abstract class AdapterHostileClientsContract {

    protected static final BiCodec CODEC = BiCodec.standard();

    /** The adapter started for each test, on 127.0.0.1 and a port the system chose. */
    protected RunningAdapter adapter;
    protected InetSocketAddress address;
    protected final byte[] request = CODEC.encode(Fixtures.homeNSReq(ProtocolVersion.V1_1));

    /** Starts the adapter under test over plain HTTP for {@code server}, on 127.0.0.1 and port 0. */
    protected abstract RunningAdapter startHttp(BiServer server);

    /** How many slow connections are held open while a client must still be answered within a second. */
    protected abstract int slowConnections();

    /** How long the adapter may take to release the connections of clients that hung up. */
    protected abstract Duration hangUpReclaimBound();

    /** A BiServer that answers every HomeNSReq of {@link Fixtures#NET_ID} with success. */
    protected static BiServer answeringServer() {
        return BiServer.builder()
                .authenticator(SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID)))
                .homeNsHandler(HomeNSHandler.immediate((req, ctx) -> HomeNSOutcome.found(Fixtures.NET_ID)))
                .build();
    }

    @BeforeEach
    public void startAdapter() {
        adapter = startHttp(answeringServer());
        address = adapter.address();
    }

    @AfterEach
    public void stopAdapter() {
        adapter.close();
    }

    protected static void assertAnswered(Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(CODEC.decode(answer.body(), HomeNSAns.class).result().resultCode()).isEqualTo(ResultCode.Success);
    }

    @Test
    public void a_client_is_answered_within_a_second_while_many_slow_connections_are_held_open() throws Exception {
        int slow = slowConnections();
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
    public void clients_that_hang_up_before_reading_the_answer_leave_no_descriptor_behind() throws Exception {
        assumeTrue(HostileClients.canCountDescriptors(), "needs /proc/self/fd (Linux)");
        assertAnswered(HostileClients.post(address, request, Duration.ofSeconds(5))); // warm up: threads, buffers
        long baseline = HostileClients.awaitDescriptorsAtMost(0, Duration.ofMillis(300));

        for (int i = 0; i < 100; i++) {
            HostileClients.hangUpAfterSending(address, request);
        }
        long peak = HostileClients.openDescriptors();
        Duration bound = hangUpReclaimBound();
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
