package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterHostileClientsContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and vanishing clients cannot stop the JDK adapter: twice the dispatcher pool it had before
 * connections got threads of their own stays open while others are answered, and the connections of
 * clients that hung up are reclaimed at the JDK server's response time limit.
 */
@Timeout(90)
class HostileClientsTest extends AdapterHostileClientsContract {

    /** The dispatcher pool the adapter had before connections got threads of their own: max(4, 2 × cores). */
    static final int OLD_POOL = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    @Override
    protected RunningAdapter startHttp(BiServer server) {
        assertThat(BiHttpServer.limits().maxResponseTime()).as("the JDK server's response time limit")
                .isGreaterThan(Duration.ZERO);
        BiHttpServer http = BiHttpServer.http(server, new InetSocketAddress("127.0.0.1", 0));
        return new RunningAdapter(http.uri(), http.address(), http::close);
    }

    @Override
    protected int slowConnections() {
        return 2 * OLD_POOL;
    }

    @Override
    protected Duration hangUpReclaimBound() {
        // The JDK server reclaims these connections at its response time limit (15 s by default).
        return BiHttpServer.limits().maxResponseTime().plusSeconds(3);
    }
}
