package io.lorawanbi.auth.config;

import io.lorawanbi.server.auth.ClientAuthUsage;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The {@link SSLContext} of a Backend Interfaces HTTPS listener (for
 * {@code BiHttpServer.https(server, address, context, ClientAuth.WANT)}), from PEM files: the server's
 * certificate chain and its PKCS#8 private key, and the client CAs, normally the union of every
 * SenderID's CAs ({@link SenderClientCas#allCas()}). As The Things Stack's interop listener does, a
 * client certificate is then accepted at the TLS level when it chains to any configured CA; which
 * SenderID it may claim is decided per request by the {@code ClientCertificateAuthenticator}.
 *
 * <p>The JDK's trust manager already refuses a client certificate whose extended key usage excludes
 * {@code clientAuth}; {@link ClientAuthUsage#REQUIRED} also refuses one without the extension at the
 * handshake.
 */
public final class ServerTls {

    private ServerTls() {}

    /**
     * A TLS context that presents the server's certificate and asks for no client certificate (for a
     * listener that authenticates peers by token only).
     *
     * @param certificateChain PEM file, server certificate first, then its intermediates
     * @param privateKey PEM file with the server's unencrypted PKCS#8 key
     * @throws TrustConfigException when a file cannot be used
     */
    public static SSLContext sslContext(Path certificateChain, Path privateKey) {
        return context(certificateChain, privateKey, null);
    }

    /**
     * A TLS context that presents the server's certificate and verifies client certificates against
     * these CAs, with the JDK's own key usage check ({@link ClientAuthUsage#IF_PRESENT}).
     *
     * @param certificateChain PEM file, server certificate first, then its intermediates
     * @param privateKey PEM file with the server's unencrypted PKCS#8 key
     * @param clientCas the CAs client certificates may chain to; at least one
     * @throws TrustConfigException when a file cannot be used
     * @throws IllegalArgumentException when no client CA is given
     */
    public static SSLContext sslContext(Path certificateChain, Path privateKey, Collection<X509Certificate> clientCas) {
        return sslContext(certificateChain, privateKey, clientCas, ClientAuthUsage.IF_PRESENT);
    }

    /** As {@link #sslContext(Path, Path, Collection)}, with the key usage check at the handshake. */
    public static SSLContext sslContext(Path certificateChain, Path privateKey, Collection<X509Certificate> clientCas,
            ClientAuthUsage usage) {
        return context(certificateChain, privateKey, clientTrustManager(clientCas, usage));
    }

    /**
     * A trust manager for client certificates chaining to these CAs (PKIX, no revocation check), with
     * this key usage check.
     *
     * @throws IllegalArgumentException when no CA is given
     */
    public static X509TrustManager clientTrustManager(Collection<X509Certificate> clientCas, ClientAuthUsage usage) {
        Objects.requireNonNull(usage, "usage");
        if (clientCas.isEmpty()) {
            throw new IllegalArgumentException("no client CA: use sslContext(chain, key) for a listener without client certificates");
        }
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int i = 0;
            for (X509Certificate ca : clientCas) {
                anchors.setCertificateEntry("ca-" + i++, Objects.requireNonNull(ca, "ca"));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(anchors);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    return usage == ClientAuthUsage.REQUIRED ? new ClientUsageTrustManager(x) : x;
                }
            }
            throw new IllegalStateException("the PKIX trust manager factory made no X509ExtendedTrustManager");
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build a trust manager: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Whether the key signs what the certificate's public key verifies. */
    private static boolean keyFits(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return true; // not checked here; the handshake will tell
        }
        byte[] probe = "lorawanbi key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
            java.security.Signature signer = java.security.Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            java.security.Signature verifier = java.security.Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static SSLContext context(Path certificateChain, Path privateKey, X509TrustManager trust) {
        List<X509Certificate> chain = PemFiles.readCertificates(certificateChain);
        PrivateKey key = PemFiles.readPrivateKey(privateKey);
        char[] password = new char[32];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            try {
                keys.setKeyEntry("server", key, password, chain.toArray(new X509Certificate[0]));
            } catch (GeneralSecurityException e) {
                throw new TrustConfigException(privateKey, 0, "the key does not fit the certificate chain of "
                        + certificateChain + ": " + e.getClass().getSimpleName(), e);
            }
            if (!keyFits(key, chain.get(0))) {
                throw new TrustConfigException(privateKey, 0, "the private key does not belong to the first certificate of "
                        + certificateChain);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), trust == null ? null : new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the TLS context: " + e.getClass().getSimpleName(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
