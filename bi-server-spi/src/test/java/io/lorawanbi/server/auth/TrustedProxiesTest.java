package io.lorawanbi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void nothing_is_trusted_by_default() throws Exception {
        assertThat(TrustedProxies.none().contains(ip("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.none().isEmpty()).isTrue();
    }

    @Test
    void ipv4_blocks_and_single_addresses() throws Exception {
        TrustedProxies p = TrustedProxies.of("10.0.0.0/8", "192.168.1.7", "172.16.0.0/12");
        assertThat(p.contains(ip("10.255.1.2"))).isTrue();
        assertThat(p.contains(ip("11.0.0.1"))).isFalse();
        assertThat(p.contains(ip("192.168.1.7"))).isTrue();
        assertThat(p.contains(ip("192.168.1.8"))).isFalse();
        assertThat(p.contains(ip("172.31.255.255"))).isTrue();
        assertThat(p.contains(ip("172.32.0.0"))).isFalse();
        assertThat(p.contains(ip("::ffff:10.0.0.1"))).as("IPv4-mapped").isTrue();
        assertThat(p.contains(ip("::1"))).isFalse();
        assertThat(p.contains(new InetSocketAddress(ip("10.0.0.1"), 1))).isTrue();
        assertThat(p.contains(InetSocketAddress.createUnresolved("10.0.0.1", 1))).isFalse();
    }

    @Test
    void ipv6_blocks() throws Exception {
        TrustedProxies p = TrustedProxies.of("fd00::/8", "2001:db8:0:1::/64", "::1");
        assertThat(p.contains(ip("fd12:3456::1"))).isTrue();
        assertThat(p.contains(ip("fe00::1"))).isFalse();
        assertThat(p.contains(ip("2001:db8:0:1:ffff::1"))).isTrue();
        assertThat(p.contains(ip("2001:db8:0:2::1"))).isFalse();
        assertThat(p.contains(ip("::1"))).isTrue();
        assertThat(p.contains(ip("127.0.0.1"))).isFalse();
        assertThat(TrustedProxies.of("0.0.0.0/0").contains(ip("8.8.8.8"))).isTrue();
    }

    @Test
    void bad_entries_are_refused_and_never_resolved() {
        for (String bad : new String[] {"proxy.example.com", "10.0.0.0/33", "fd00::/129", "10.0.0.1/8", "10.0.0.0/x",
                "", "/8", "10.0.0.0/-1", "abc", "cafe", "10.0.0", "10.0.0.256", "localhost/8"}) {
            assertThatThrownBy(() -> TrustedProxies.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
