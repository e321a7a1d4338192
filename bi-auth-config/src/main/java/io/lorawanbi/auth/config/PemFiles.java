package io.lorawanbi.auth.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM files (RFC 7468): certificates and unencrypted PKCS#8 private keys. As The Things Stack
 * does for its CA files, blocks of other types and blocks with RFC 1421 headers are skipped when
 * certificates are read. Every error is a {@link TrustConfigException} naming the file and the line of
 * the block at fault, never its content.
 */
public final class PemFiles {

    /** The largest PEM file read, in bytes. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private static final List<String> KEY_ALGORITHMS = List.of("EC", "RSA", "Ed25519", "Ed448", "RSASSA-PSS");

    private PemFiles() {}

    private record Block(String type, int line, boolean hasHeaders, byte[] der) {}

    /**
     * Every certificate of a PEM file, in order.
     *
     * @throws TrustConfigException when the file is unreadable, too large, malformed, or holds no certificate
     */
    public static List<X509Certificate> readCertificates(Path file) {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(file)) {
            if (!b.type().equals("CERTIFICATE") || b.hasHeaders()) {
                continue;
            }
            try (InputStream in = new ByteArrayInputStream(b.der())) {
                out.add((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
            } catch (CertificateException | IOException | ClassCastException e) {
                throw new TrustConfigException(file, b.line(), "not a valid X.509 certificate");
            }
        }
        if (out.isEmpty()) {
            throw new TrustConfigException(file, 0, "no CERTIFICATE block");
        }
        return List.copyOf(out);
    }

    /**
     * The one unencrypted PKCS#8 private key ({@code BEGIN PRIVATE KEY}) of a PEM file: EC, RSA,
     * Ed25519, Ed448 or RSASSA-PSS.
     *
     * @throws TrustConfigException when there is none or several, or the key is encrypted, in another
     *     format (convert with {@code openssl pkcs8 -topk8 -nocrypt}) or unreadable
     */
    public static PrivateKey readPrivateKey(Path file) {
        PrivateKey key = null;
        for (Block b : blocks(file)) {
            switch (b.type()) {
                case "PRIVATE KEY" -> {
                    if (key != null) {
                        throw new TrustConfigException(file, b.line(), "more than one private key");
                    }
                    key = pkcs8(file, b);
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new TrustConfigException(file, b.line(),
                        "the private key is encrypted; store it unencrypted (openssl pkcs8 -topk8 -nocrypt) with file permissions as protection");
                case "EC PRIVATE KEY", "RSA PRIVATE KEY" -> throw new TrustConfigException(file, b.line(),
                        b.type() + " is not PKCS#8; convert it with openssl pkcs8 -topk8 -nocrypt");
                default -> { }
            }
        }
        if (key == null) {
            throw new TrustConfigException(file, 0, "no PRIVATE KEY block");
        }
        return key;
    }

    private static PrivateKey pkcs8(Path file, Block b) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(b.der());
        try {
            for (String algorithm : KEY_ALGORITHMS) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(spec);
                } catch (GeneralSecurityException | RuntimeException wrongAlgorithm) {
                    // try the next one
                }
            }
            throw new TrustConfigException(file, b.line(), "not a PKCS#8 private key of a supported algorithm");
        } finally {
            Arrays.fill(b.der(), (byte) 0);
        }
    }

    /**
     * The bytes of a configuration file: a regular file of at most {@link #MAX_FILE_BYTES} bytes, read
     * with that bound whatever the file claims its size is (a device or a pipe is refused, not read).
     *
     * @throws TrustConfigException naming the file when it is not a regular file, is larger, or cannot be read
     */
    static byte[] readBounded(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TrustConfigException(file, 0, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new TrustConfigException(file, 0, "larger than " + MAX_FILE_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new TrustConfigException(file, 0, "cannot read: " + e.getClass().getSimpleName(), e);
        }
    }

    private static List<Block> blocks(Path file) {
        String text = new String(readBounded(file), StandardCharsets.US_ASCII);
        String[] lines = text.split("\r?\n", -1);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("-----BEGIN ") || !line.endsWith("-----")) {
                continue;
            }
            String type = line.substring(11, line.length() - 5);
            int start = i + 1;
            String end = "-----END " + type + "-----";
            StringBuilder base64 = new StringBuilder();
            boolean headers = false;
            int j = i + 1;
            for (; j < lines.length && !lines[j].strip().equals(end); j++) {
                String l = lines[j].strip();
                if (l.contains(":")) {
                    headers = true;
                } else {
                    base64.append(l);
                }
            }
            if (j == lines.length) {
                throw new TrustConfigException(file, start, "BEGIN " + type + " without " + end);
            }
            byte[] der;
            try {
                der = headers ? new byte[0] : Base64.getDecoder().decode(base64.toString());
            } catch (IllegalArgumentException e) {
                throw new TrustConfigException(file, start, "the " + type + " block is not valid base64");
            }
            out.add(new Block(type, start, headers, der));
            i = j;
        }
        if (out.isEmpty()) {
            throw new TrustConfigException(file, 0, "not a PEM file (no BEGIN line)");
        }
        return out;
    }
}
