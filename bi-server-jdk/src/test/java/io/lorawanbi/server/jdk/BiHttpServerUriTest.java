package io.lorawanbi.server.jdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.server.BiServer;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link BiHttpServer#uri()} is a valid URL for every kind of bound address. */
class BiHttpServerUriTest {

    static final BiServer SERVER = BiServer.builder().build();

    @Test
    void loopback_ipv4() {
        try (BiHttpServer http = BiHttpServer.http(SERVER, new InetSocketAddress("127.0.0.1", 0))) {
            assertThat(http.uri()).isEqualTo(URI.create("http://127.0.0.1:" + http.address().getPort() + "/"));
        }
    }

    @Test
    void all_interfaces_give_a_parseable_host_and_the_port() {
        try (BiHttpServer http = BiHttpServer.http(SERVER, new InetSocketAddress(0))) {
            URI uri = http.uri();
            assertThat(uri.getHost()).as(uri.toString()).isNotNull();
            assertThat(uri.getPort()).isEqualTo(http.address().getPort());
            if (uri.getHost().contains(":")) {
                assertThat(uri.toString()).startsWith("http://[").contains("]:" + http.address().getPort() + "/");
            }
        }
    }
}
