package io.lorawanbi.server.internal;

import io.lorawanbi.server.RequestHeaders;
import io.lorawanbi.server.auth.ForwardedCertificateFormat;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The proxies' certificate header formats behind {@link ForwardedCertificateFormat}'s presets. */
public final class ForwardedFormats {

    /** The most characters read from a format's headers together (a chain of a few certificates fits). */
    public static final int MAX_HEADER_CHARS = 64 * 1024;

    private static final Pattern BYTE_SEQUENCE = Pattern.compile(":[A-Za-z0-9+/]*={0,2}:");

    private ForwardedFormats() {}

    /**
     * A format that reads one header. A list format joins repeated headers with commas (RFC 9110
     * §5.3); any other refuses a header sent more than once.
     */
    public record SingleHeader(String label, String headerName, boolean list,
            Function<String, List<X509Certificate>> decoder) implements ForwardedCertificateFormat {
        public SingleHeader {
            Objects.requireNonNull(label, "label");
            requireName(headerName);
            Objects.requireNonNull(decoder, "decoder");
        }

        @Override
        public List<String> headerNames() {
            return List.of(headerName);
        }

        @Override
        public List<X509Certificate> read(RequestHeaders headers) {
            String value = value(headers, headerName, list);
            return value == null ? List.of() : CertificateText.bounded(decoder.apply(value));
        }

        @Override
        public String toString() {
            return label + "(" + headerName + ")";
        }
    }

    /** RFC 9440: the leaf in one header, the rest of the chain (without the leaf) in another. */
    public record Rfc9440(String certHeader, String chainHeader) implements ForwardedCertificateFormat {
        public Rfc9440 {
            requireName(certHeader);
            requireName(chainHeader);
        }

        @Override
        public List<String> headerNames() {
            return List.of(certHeader, chainHeader);
        }

        @Override
        public List<X509Certificate> read(RequestHeaders headers) {
            String leaf = value(headers, certHeader, false);
            String chain = value(headers, chainHeader, true);
            if (leaf == null) {
                if (chain != null) {
                    throw new IllegalArgumentException(chainHeader + " without " + certHeader);
                }
                return List.of();
            }
            if (leaf.length() + (chain == null ? 0 : chain.length()) > MAX_HEADER_CHARS) {
                throw new IllegalArgumentException("forwarded certificate headers longer than " + MAX_HEADER_CHARS + " characters");
            }
            List<X509Certificate> out = new ArrayList<>();
            out.add(byteSequence(leaf));
            if (chain != null) {
                for (String member : chain.split(",", -1)) {
                    out.add(byteSequence(member));
                    CertificateText.bounded(out);
                }
            }
            return CertificateText.bounded(out);
        }

        @Override
        public String toString() {
            return "rfc9440(" + certHeader + ", " + chainHeader + ")";
        }

        /** A structured-field byte sequence {@code :base64:} (RFC 8941 §3.3.5), parameters ignored. */
        private static X509Certificate byteSequence(String member) {
            String m = member.strip();
            int params = m.indexOf(';');
            if (params >= 0) {
                m = m.substring(0, params).strip();
            }
            if (!BYTE_SEQUENCE.matcher(m).matches()) {
                throw new IllegalArgumentException("not a structured-field byte sequence");
            }
            return CertificateText.base64Der(m.substring(1, m.length() - 1));
        }
    }

    /** nginx {@code $ssl_client_escaped_cert}, AWS ALB: percent-encoded PEM. */
    public static List<X509Certificate> escapedPem(String value) {
        return CertificateText.pem(CertificateText.percentDecode(value.strip()));
    }

    /** AWS ALB verify mode's leaf: exactly one percent-encoded PEM certificate. */
    public static List<X509Certificate> escapedPemLeaf(String value) {
        List<X509Certificate> certs = escapedPem(value);
        if (certs.size() != 1) {
            throw new IllegalArgumentException("expected one certificate");
        }
        return certs;
    }

    /**
     * Traefik: base64 DER bodies separated by commas, leaf first; percent-decoded first when
     * escaped (Traefik 2.8 to 2.9.1), and read as PEM when it is PEM (Traefik 2.7 and earlier).
     */
    public static List<X509Certificate> traefik(String value) {
        String text = CertificateText.percentDecode(value.strip());
        if (text.contains("-----BEGIN")) {
            return CertificateText.pem(text);
        }
        List<X509Certificate> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(CertificateText.base64Der(part));
            CertificateText.bounded(out);
        }
        return out;
    }

    /** HAProxy {@code %[ssl_c_der,base64]}, optionally quoted ({@code %{+Q}}): one base64 DER certificate. */
    public static List<X509Certificate> base64Der(String value) {
        String text = value.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return List.of(CertificateText.base64Der(text));
    }

    /** Envoy's {@code x-forwarded-client-cert}: see {@link Xfcc}. */
    public static List<X509Certificate> envoy(String value) {
        Xfcc.Element element = Xfcc.lastElement(value);
        String encoded = element.value("Chain");
        if (encoded == null) {
            encoded = element.value("Cert");
        }
        if (encoded == null) {
            throw new IllegalArgumentException("the element has neither Chain nor Cert");
        }
        return escapedPem(encoded);
    }

    /** The header's value: null when absent or blank; too long, or repeated when not a list, is malformed. */
    private static String value(RequestHeaders headers, String name, boolean list) {
        List<String> values = headers.all(name);
        if (values.isEmpty()) {
            return null;
        }
        long length = 0;
        for (String v : values) {
            length += v.length() + 1;
        }
        if (length > MAX_HEADER_CHARS) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_HEADER_CHARS + " characters");
        }
        if (values.size() > 1 && !list) {
            throw new IllegalArgumentException(name + " was sent more than once");
        }
        String joined = String.join(",", values);
        return joined.isBlank() ? null : joined;
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "header name");
        if (name.isBlank() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != ':')) {
            throw new IllegalArgumentException("not a header name: " + name);
        }
    }
}
