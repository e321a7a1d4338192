package io.lorawanbi.server.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.testsupport.AdapterLoopbackContract;
import io.lorawanbi.server.testsupport.RunningAdapter;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A BiServer behind the Jetty adapter, spoken to over 127.0.0.1 with the JDK's HttpClient; beyond the
 * contract, Jetty binds all interfaces when asked and still names a valid URI.
 */
class HttpLoopbackTest extends AdapterLoopbackContract {

    @Override
    protected RunningAdapter startHttp(BiServer server, InetSocketAddress address) {
        BiJettyServer jetty = BiJettyServer.builder(server).address(address).start();
        return new RunningAdapter(jetty.uri(), jetty.address(), jetty::close);
    }

    @Test
    void all_interfaces_are_served_and_the_uri_is_valid() throws Exception {
        HomeNSReq request = request(ProtocolVersion.V1_1);
        try (BiJettyServer all = BiJettyServer.builder(server).address(new InetSocketAddress(0)).start()) {
            URI uri = all.uri();
            assertThat(uri.getHost()).as(uri.toString()).isNotNull();
            assertThat(uri.getPort()).isEqualTo(all.address().getPort()).isPositive();
            URI loopback = URI.create("http://127.0.0.1:" + uri.getPort() + "/");
            assertFullAnswer(post(loopback, CODEC.encode(request), "application/json"), request);
        }
    }
}
