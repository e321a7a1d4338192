package io.lorawanbi.server.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Decodes the encodings in which proxies forward certificates: percent-encoded PEM, PEM, and base64
 * DER. Every failure is an {@link IllegalArgumentException} whose message names the problem, never
 * the input.
 */
public final class CertificateText {

    /** The most certificates read from one header. */
    public static final int MAX_CERTIFICATES = 10;

    private CertificateText() {}

    /**
     * Percent-decodes (RFC 3986 §2.1) a value as UTF-8. A {@code +} stays a {@code +}: PEM's base64
     * alphabet contains it, and AWS ALB leaves it unescaped.
     */
    public static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw new IllegalArgumentException("truncated percent-encoding");
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad percent-encoding");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else if (c > 0x7F) {
                throw new IllegalArgumentException("non-ASCII character in an encoded certificate");
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The certificates of a PEM text (one or more CERTIFICATE blocks), in order. */
    public static List<X509Certificate> pem(String text) {
        if (!text.contains("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("no PEM certificate");
        }
        return parse(text.getBytes(StandardCharsets.US_ASCII), true);
    }

    /** One certificate from base64 (standard alphabet, padding optional, surrounding blanks ignored) DER. */
    public static X509Certificate base64Der(String text) {
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64");
        }
        if (der.length == 0) {
            throw new IllegalArgumentException("empty certificate");
        }
        List<X509Certificate> one = parse(der, false);
        if (one.size() != 1) {
            throw new IllegalArgumentException("expected one DER certificate");
        }
        return one.get(0);
    }

    /** Checks a chain's length against {@link #MAX_CERTIFICATES}. */
    public static List<X509Certificate> bounded(List<X509Certificate> chain) {
        if (chain.size() > MAX_CERTIFICATES) {
            throw new IllegalArgumentException("more than " + MAX_CERTIFICATES + " certificates");
        }
        return List.copyOf(chain);
    }

    private static List<X509Certificate> parse(byte[] bytes, boolean several) {
        Collection<? extends Certificate> certs;
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            certs = several
                    ? factory.generateCertificates(new ByteArrayInputStream(bytes))
                    : List.of(factory.generateCertificate(new ByteArrayInputStream(bytes)));
        } catch (CertificateException | RuntimeException e) {
            // the provider's message may quote the input
            throw new IllegalArgumentException("not a valid X.509 certificate");
        }
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : certs) {
            if (!(c instanceof X509Certificate x)) {
                throw new IllegalArgumentException("not an X.509 certificate");
            }
            out.add(x);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no certificate");
        }
        return bounded(out);
    }
}
