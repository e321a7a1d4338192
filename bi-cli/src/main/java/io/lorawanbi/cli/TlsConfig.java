package io.lorawanbi.cli;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code listen.tls} section: HTTPS from PEM files, checked again for changes on disk.
 *
 * @param certificate the server's certificate chain (PEM), leaf first, then its intermediates
 * @param key the server's unencrypted PKCS#8 private key (PEM, {@code BEGIN PRIVATE KEY})
 * @param clientAuth whether TLS clients are asked for a certificate
 * @param reload how often the two files are checked for a change (modification time and size); zero
 *     turns the check off. Default {@link #DEFAULT_RELOAD}.
 */
record TlsConfig(Path certificate, Path key, ClientAuth clientAuth, Duration reload) {

    /** The default interval between checks of the PEM files. */
    static final Duration DEFAULT_RELOAD = Duration.ofSeconds(10);

    /** Whether TLS clients are asked for a certificate. */
    enum ClientAuth {
        /** No certificate is asked for. */
        NONE,
        /** A certificate is asked for; a client without one is still served (and may use a token). */
        OPTIONAL,
        /** The handshake fails without a certificate that chains to a configured client CA. */
        REQUIRED;

        static ClientAuth parse(String word) {
            return valueOf(word.toUpperCase(java.util.Locale.ROOT));
        }
    }

    static TlsConfig read(ConfigNode n) {
        n.only("certificate", "key", "clientAuth", "reload");
        Path certificate = n.path("certificate").orElseThrow(() -> n.error("certificate is required (PEM chain)"));
        Path key = n.path("key").orElseThrow(() -> n.error("key is required (PKCS#8 PEM)"));
        ClientAuth auth = n.choice("clientAuth", "none", "optional", "required").map(ClientAuth::parse)
                .orElse(ClientAuth.NONE);
        return new TlsConfig(certificate, key, auth, n.duration("reload").orElse(DEFAULT_RELOAD));
    }
}
