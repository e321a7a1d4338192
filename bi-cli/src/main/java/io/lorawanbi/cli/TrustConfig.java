package io.lorawanbi.cli;

import io.lorawanbi.server.auth.ForwardedCertificateFormat;
import io.lorawanbi.server.auth.TrustedProxies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code trust} section: who may send requests, and how they prove it.
 *
 * @param configDirectory a directory with a The Things Stack-style {@code config.yml} mapping each
 *     SenderID to the PEM file of its client CAs; client certificates (presented to the TLS listener or
 *     forwarded by a trusted proxy) are checked against it
 * @param trustedProxies the proxies whose forwarded certificate header is believed (CIDR blocks)
 * @param forwardedCertificate how the trusted proxies forward the client certificate
 * @param packetBroker Packet Broker tokens, if accepted
 * @param staticCredentials fixed secrets per SenderID, in files or environment variables
 */
record TrustConfig(Optional<Path> configDirectory, TrustedProxies trustedProxies,
        Optional<ForwardedFormat> forwardedCertificate, Optional<PacketBrokerConfig> packetBroker,
        List<StaticCredentialConfig> staticCredentials) {

    /** A forwarded-certificate format by its name in the configuration, with an optional header name. */
    record ForwardedFormat(String name, Optional<String> header) {

        /** The names of {@code trust.forwardedCertificateFormat}. */
        static final String[] NAMES = {"nginx", "envoy", "traefik", "haproxy", "aws-alb-passthrough", "aws-alb-verify", "rfc9440"};

        /** The format; nginx and haproxy need the header name that the proxy is configured to set. */
        ForwardedCertificateFormat format() {
            return switch (name) {
                case "nginx" -> ForwardedCertificateFormat.nginx(header.orElseThrow());
                case "haproxy" -> ForwardedCertificateFormat.haproxy(header.orElseThrow());
                case "envoy" -> header.map(ForwardedCertificateFormat::envoy).orElseGet(ForwardedCertificateFormat::envoy);
                case "traefik" -> header.map(ForwardedCertificateFormat::traefik).orElseGet(ForwardedCertificateFormat::traefik);
                case "aws-alb-passthrough" -> header.map(ForwardedCertificateFormat::awsAlbPassthrough)
                        .orElseGet(ForwardedCertificateFormat::awsAlbPassthrough);
                case "aws-alb-verify" -> header.map(ForwardedCertificateFormat::awsAlbVerify)
                        .orElseGet(ForwardedCertificateFormat::awsAlbVerify);
                case "rfc9440" -> ForwardedCertificateFormat.rfc9440();
                default -> throw new IllegalStateException("unknown format " + name);
            };
        }
    }

    static TrustConfig defaults() {
        return new TrustConfig(Optional.empty(), TrustedProxies.none(), Optional.empty(), Optional.empty(), List.of());
    }

    static TrustConfig read(ConfigNode n) {
        n.only("configDirectory", "trustedProxies", "forwardedCertificateFormat", "forwardedCertificateHeader",
                "packetBroker", "staticCredentials");
        List<String> cidrs = n.strings("trustedProxies");
        TrustedProxies proxies;
        try {
            proxies = TrustedProxies.of(cidrs);
        } catch (IllegalArgumentException e) {
            throw n.error("trustedProxies", Errors.plain(e));
        }
        Optional<String> formatName = n.choice("forwardedCertificateFormat", ForwardedFormat.NAMES);
        Optional<String> header = n.string("forwardedCertificateHeader");
        if (formatName.isEmpty() && header.isPresent()) {
            throw n.error("forwardedCertificateHeader", "given without forwardedCertificateFormat");
        }
        if (formatName.filter(f -> f.equals("nginx") || f.equals("haproxy")).isPresent() && header.isEmpty()) {
            throw n.error("forwardedCertificateFormat", formatName.get() + " needs forwardedCertificateHeader: "
                    + "the header the proxy sets, such as X-SSL-Client-Cert");
        }
        if (formatName.filter("rfc9440"::equals).isPresent() && header.isPresent()) {
            throw n.error("forwardedCertificateHeader", "rfc9440 uses the headers Client-Cert and Client-Cert-Chain");
        }
        Optional<ForwardedFormat> format = formatName.map(f -> new ForwardedFormat(f, header));
        if (format.isPresent() != !proxies.isEmpty()) {
            throw n.error(format.isPresent() ? "forwardedCertificateFormat" : "trustedProxies",
                    "trustedProxies and forwardedCertificateFormat go together: the format is believed from those proxies only");
        }
        Optional<Path> directory = n.path("configDirectory");
        if (format.isPresent() && directory.isEmpty()) {
            throw n.error("forwardedCertificateFormat", "forwarded certificates need configDirectory, "
                    + "the client CAs trusted per SenderID");
        }
        List<StaticCredentialConfig> statics = new ArrayList<>();
        n.section("staticCredentials").ifPresent(s -> {
            for (String key : s.keys()) {
                if (!s.isMapping(key)) {
                    throw s.error(key, "expected {file: PATH} or {env: NAME}; a secret is never written in the configuration");
                }
                ConfigNode entry = s.section(key).orElseThrow();
                statics.add(StaticCredentialConfig.read(key, entry));
            }
        });
        return new TrustConfig(directory, proxies, format, n.section("packetBroker").map(PacketBrokerConfig::read),
                List.copyOf(statics));
    }

    /** Whether any credential is configured (otherwise only {@code --trust-sender} can admit a sender). */
    boolean any() {
        return configDirectory.isPresent() || packetBroker.isPresent() || !staticCredentials.isEmpty();
    }

    TrustConfig withConfigDirectory(Path value) {
        return new TrustConfig(Optional.of(value), trustedProxies, forwardedCertificate, packetBroker, staticCredentials);
    }

    TrustConfig withPacketBroker(PacketBrokerConfig value) {
        return new TrustConfig(configDirectory, trustedProxies, forwardedCertificate, Optional.of(value), staticCredentials);
    }
}
