package io.lorawanbi.cli;

import java.net.URI;
import java.util.Optional;

/**
 * The {@code trust.packetBroker} section: Packet Broker cluster tokens ({@code Authorization: Bearer}),
 * which authenticate as the roaming hub, NetID {@code 000000}.
 *
 * @param publicAddress this endpoint's address as Packet Broker calls it, such as
 *     {@code https://hns.example.net:8886}: the audience every token must contain, compared exactly
 * @param issuer the token issuer; Packet Broker's, {@code https://iam.packetbroker.net}, when empty
 * @param jwks where the issuer's keys are; {@code ISSUER/.well-known/jwks.json} when empty
 */
record PacketBrokerConfig(String publicAddress, Optional<String> issuer, Optional<URI> jwks) {

    static PacketBrokerConfig read(ConfigNode n) {
        n.only("publicAddress", "issuer", "jwks");
        String address = n.string("publicAddress").orElseThrow(() -> n.error(
                "publicAddress is required: the URL Packet Broker calls, which every token's audience must contain"));
        Optional<URI> jwks = n.parsed("jwks", "an http(s) URL", text -> {
            URI uri = URI.create(text);
            if (!uri.isAbsolute() || uri.getHost() == null || !uri.getScheme().matches("https?")) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        });
        return new PacketBrokerConfig(address, n.string("issuer"), jwks);
    }
}
