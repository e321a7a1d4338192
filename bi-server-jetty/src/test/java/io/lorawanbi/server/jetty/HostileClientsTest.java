package io.lorawanbi.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterHostileClientsContract;
import io.lorawanbi.server.testsupport.HostileClients;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and vanishing clients cannot stop the Jetty adapter: more slow connections than the server has
 * threads stay open while others are answered, clients that hang up leave no descriptor behind, a body
 * that stalls runs into the body time limit, and connections beyond the cap wait for one to close.
 * Loopback only, bounded in count and time.
 */
@Timeout(60)
class HostileClientsTest extends AdapterHostileClientsContract {

    static final int THREADS = 8;

    @Override
    protected RunningAdapter startHttp(BiServer server) {
        BiJettyServer jetty = BiJettyServer.builder(server).maxThreads(THREADS).start();
        return new RunningAdapter(jetty.uri(), jetty.address(), () -> {
            jetty.close();
            assertThat(jetty.jetty().isStopped()).isTrue();
        });
    }

    @Override
    protected int slowConnections() {
        return 2 * THREADS;
    }

    @Override
    protected Duration hangUpReclaimBound() {
        return Duration.ofSeconds(10);
    }

    @Test
    void a_body_that_does_not_arrive_in_time_closes_the_connection() throws Exception {
        try (BiJettyServer strict = BiJettyServer.builder(answeringServer()).bodyTimeout(Duration.ofMillis(500)).start()) {
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
        try (BiJettyServer capped = BiJettyServer.builder(answeringServer()).maxConnections(2).start()) {
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
