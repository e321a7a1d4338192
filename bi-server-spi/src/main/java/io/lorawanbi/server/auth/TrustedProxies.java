package io.lorawanbi.server.auth;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The addresses of the proxies whose forwarded headers are believed: a list of CIDR blocks, IPv4
 * ({@code 10.0.0.0/8}) and IPv6 ({@code fd00::/8}); a bare address is a block of one. Nothing is
 * trusted by default ({@link #none()}), and nothing is ever looked up in DNS: every entry must be a
 * literal address. An IPv4-mapped IPv6 peer address ({@code ::ffff:10.0.0.1}) is compared as IPv4.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrustedProxies {

    /**
     * The address literals accepted: a dotted-quad IPv4 address, or an IPv6 address (which has a
     * colon, so the JDK parses it without a name lookup). Anything else, a host name included, is
     * refused, never resolved.
     */
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int prefixLength, String text) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** No proxy is trusted: every forwarded header is ignored. */
    public static TrustedProxies none() {
        return NONE;
    }

    /**
     * The proxies in these CIDR blocks.
     *
     * @param cidrs blocks such as {@code 10.0.0.0/8}, {@code 192.168.1.7}, {@code fd00::/8}
     * @throws IllegalArgumentException for an entry that is not a literal address with an optional
     *     prefix length within the address size, or whose host bits are not zero
     */
    public static TrustedProxies of(Collection<String> cidrs) {
        List<Block> out = new ArrayList<>();
        for (String cidr : cidrs) {
            out.add(parse(Objects.requireNonNull(cidr, "cidr").trim()));
        }
        return new TrustedProxies(out);
    }

    /** As {@link #of(Collection)}. */
    public static TrustedProxies of(String... cidrs) {
        return of(List.of(cidrs));
    }

    /** Whether an immediate peer address belongs to a trusted proxy. */
    public boolean contains(InetAddress address) {
        byte[] bytes = normalise(address.getAddress());
        for (Block b : blocks) {
            if (b.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an immediate peer socket address (an unresolved one never is) belongs to a trusted proxy. */
    public boolean contains(InetSocketAddress address) {
        return address.getAddress() != null && contains(address.getAddress());
    }

    /** Whether no proxy is trusted. */
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    @Override
    public String toString() {
        return "TrustedProxies" + blocks.stream().map(Block::text).toList();
    }

    private static Block parse(String cidr) {
        int slash = cidr.indexOf('/');
        String host = slash < 0 ? cidr : cidr.substring(0, slash);
        boolean v4 = IPV4.matcher(host).matches();
        if (!v4 && !IPV6.matcher(host).matches()) {
            throw new IllegalArgumentException("not a CIDR block of literal addresses: " + cidr);
        }
        if (v4) {
            for (String octet : host.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: " + cidr);
                }
            }
        }
        byte[] network;
        try {
            network = normalise(InetAddress.getByName(host).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not a CIDR block of literal addresses: " + cidr, e);
        }
        int bits = network.length * 8;
        int length = bits;
        if (slash >= 0) {
            try {
                length = Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in " + cidr, e);
            }
            if (length < 0 || length > bits) {
                throw new IllegalArgumentException("prefix length of " + cidr + " must be 0 to " + bits);
            }
        }
        Block block = new Block(network, length, cidr);
        byte[] masked = network.clone();
        for (int i = 0; i < bits; i++) {
            if (i >= length) {
                masked[i / 8] &= (byte) ~(0x80 >>> (i % 8));
            }
        }
        if (!java.util.Arrays.equals(masked, network)) {
            throw new IllegalArgumentException(cidr + " has host bits set beyond its prefix length");
        }
        return block;
    }

    /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as its IPv4 bytes. */
    private static byte[] normalise(byte[] address) {
        if (address.length == 16) {
            boolean mapped = address[10] == (byte) 0xFF && address[11] == (byte) 0xFF;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = address[i] == 0;
            }
            if (mapped) {
                return java.util.Arrays.copyOfRange(address, 12, 16);
            }
        }
        return address;
    }
}
