package io.lorawanbi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.server.RequestHeaders;
import io.lorawanbi.server.testsupport.TestPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every proxy format, read from headers built here the way each proxy writes them. */
@Timeout(30)
class ForwardedCertificateFormatTest {

    @TempDir
    static Path dir;

    static TestPki pki;
    static X509Certificate leaf;
    static X509Certificate ca;

    @BeforeAll
    static void generate() throws Exception {
        pki = TestPki.generate(dir);
        leaf = pki.trustedClient.leaf();
        ca = pki.trustedCa;
    }

    /** Percent-encodes every byte but the unreserved characters and {@code safe} (nginx escapes '+', '/', '='). */
    static String percentEncode(String text, String safe) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0 || safe.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String base64(X509Certificate c) {
        try {
            return Base64.getEncoder().encodeToString(c.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static RequestHeaders headers(String... namesAndValues) {
        return RequestHeaders.of(namesAndValues);
    }

    @Test
    void nginx_reads_the_escaped_pem_leaf_in_the_configured_header_in_any_case() {
        ForwardedCertificateFormat nginx = ForwardedCertificateFormat.nginx("X-SSL-Client-Cert");
        String escaped = percentEncode(TestPki.pem(List.of(leaf)), "");
        assertThat(escaped).doesNotContain("\n", "+", "/");

        assertThat(nginx.read(headers("x-ssl-client-cert", escaped))).containsExactly(leaf);
        assertThat(nginx.read(headers("Other", escaped))).isEmpty();
        assertThat(nginx.read(headers("X-SSL-Client-Cert", ""))).isEmpty();
        assertThat(nginx.headerNames()).containsExactly("X-SSL-Client-Cert");
    }

    @Test
    void envoy_reads_the_chain_of_the_last_element_with_quoted_semicolons_and_commas() {
        String chain = percentEncode(TestPki.pem(List.of(leaf, ca)), "");
        String other = percentEncode(TestPki.pem(List.of(pki.otherClient.leaf())), "");
        String xfcc = "By=spiffe://edge.example/front;Hash=aa11;Cert=\"" + other + "\";Subject=\"CN=first, O=a;b\""
                + ",By=spiffe://inner.example/ns;Hash=bb22;Subject=\"CN=ns; O=\\\"Quoted, Inc\\\"\";URI=spiffe://x;"
                + "Chain=\"" + chain + "\";DNS=ns.trusted.example";

        assertThat(ForwardedCertificateFormat.envoy().read(headers("X-Forwarded-Client-Cert", xfcc)))
                .containsExactly(leaf, ca);
    }

    @Test
    void envoy_reads_cert_when_there_is_no_chain_and_joins_repeated_headers_into_elements() {
        String first = "Cert=\"" + percentEncode(TestPki.pem(List.of(pki.otherClient.leaf())), "") + "\"";
        String last = "Hash=cc;Cert=" + percentEncode(TestPki.pem(List.of(leaf)), "") + ";Subject=\"CN=a,b\"";
        RequestHeaders twoLines = RequestHeaders.of(Map.of("x-forwarded-client-cert", List.of(first, last)));

        assertThat(ForwardedCertificateFormat.envoy().read(twoLines)).containsExactly(leaf);
    }

    @Test
    void envoy_refuses_broken_quoting_and_elements_without_a_certificate() {
        ForwardedCertificateFormat envoy = ForwardedCertificateFormat.envoy();
        String cert = percentEncode(TestPki.pem(List.of(leaf)), "");
        for (String bad : List.of("Cert=\"" + cert, "Hash=aa;Subject=\"CN=x\"", "Cert=\"" + cert + "\"x",
                "Cert=\"" + cert + "\",,Hash=1", "=" + cert, "Cert=abc\"def\"", "Cert=\"a\\")) {
            assertThatThrownBy(() -> envoy.read(headers("x-forwarded-client-cert", bad)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(cert.substring(40, 80));
        }
    }

    @Test
    void traefik_reads_comma_separated_base64_der_leaf_first_escaped_or_not() {
        String value = base64(leaf) + "," + base64(ca);
        ForwardedCertificateFormat traefik = ForwardedCertificateFormat.traefik();

        assertThat(traefik.read(headers("X-Forwarded-Tls-Client-Cert", value))).containsExactly(leaf, ca);
        assertThat(traefik.read(headers("X-Forwarded-Tls-Client-Cert", percentEncode(value, ""))))
                .as("Traefik 2.8 to 2.9.1").containsExactly(leaf, ca);
        assertThat(traefik.read(headers("X-Forwarded-Tls-Client-Cert", percentEncode(TestPki.pem(List.of(leaf)), ""))))
                .as("Traefik 2.7 and earlier: escaped PEM").containsExactly(leaf);
    }

    @Test
    void haproxy_reads_base64_der_quoted_or_not() {
        ForwardedCertificateFormat haproxy = ForwardedCertificateFormat.haproxy("X-SSL-Client-Cert");
        assertThat(haproxy.read(headers("X-SSL-Client-Cert", base64(leaf)))).containsExactly(leaf);
        assertThat(haproxy.read(headers("X-SSL-Client-Cert", "\"" + base64(leaf) + "\""))).containsExactly(leaf);
    }

    @Test
    void aws_alb_reads_the_passthrough_chain_and_the_verified_leaf_with_plus_slash_equals_unescaped() {
        String chain = percentEncode(TestPki.pem(List.of(leaf, ca)), "+=/");
        String leafOnly = percentEncode(TestPki.pem(List.of(leaf)), "+=/");

        assertThat(ForwardedCertificateFormat.awsAlbPassthrough().read(headers("X-Amzn-Mtls-Clientcert", chain)))
                .containsExactly(leaf, ca);
        assertThat(ForwardedCertificateFormat.awsAlbVerify().read(headers("X-Amzn-Mtls-Clientcert-Leaf", leafOnly)))
                .containsExactly(leaf);
        assertThatThrownBy(() -> ForwardedCertificateFormat.awsAlbVerify().read(headers("X-Amzn-Mtls-Clientcert-Leaf", chain)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("expected one certificate");
    }

    @Test
    void rfc9440_reads_byte_sequences_leaf_then_chain() {
        ForwardedCertificateFormat rfc = ForwardedCertificateFormat.rfc9440();
        String leafItem = ":" + base64(leaf) + ":";
        String chain = ":" + base64(ca) + ":;p=1";

        assertThat(rfc.read(headers("Client-Cert", leafItem, "Client-Cert-Chain", chain))).containsExactly(leaf, ca);
        assertThat(rfc.read(headers("Client-Cert", leafItem))).containsExactly(leaf);
        assertThat(rfc.read(RequestHeaders.empty())).isEmpty();
        assertThatThrownBy(() -> rfc.read(headers("Client-Cert-Chain", chain))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rfc.read(headers("Client-Cert", base64(leaf)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a structured-field byte sequence");
    }

    @Test
    void malformed_values_are_refused_without_quoting_them() {
        String garbage = "secret-looking-garbage-7f3a";
        List<ForwardedCertificateFormat> formats = List.of(ForwardedCertificateFormat.nginx("h"),
                ForwardedCertificateFormat.envoy("h"), ForwardedCertificateFormat.traefik("h"),
                ForwardedCertificateFormat.haproxy("h"), ForwardedCertificateFormat.awsAlbPassthrough("h"),
                ForwardedCertificateFormat.awsAlbVerify("h"), ForwardedCertificateFormat.rfc9440("h", "c"));
        String truncatedPem = TestPki.pem(List.of(leaf)).substring(0, 200) + "\n-----END CERTIFICATE-----\n";
        for (ForwardedCertificateFormat f : formats) {
            for (String bad : List.of(garbage, "%zz" + garbage, "Cert=" + garbage, ":" + garbage + ":",
                    percentEncode(truncatedPem, ""), "%E2%82")) {
                assertThatThrownBy(() -> f.read(headers("h", bad))).as(f + " " + bad)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageNotContaining(garbage);
            }
        }
    }

    @Test
    void sizes_are_bounded_and_a_single_value_header_sent_twice_is_refused() {
        String escaped = percentEncode(TestPki.pem(List.of(leaf)), "");
        RequestHeaders twice = RequestHeaders.of(Map.of("X-SSL-Client-Cert", List.of(escaped, escaped)));
        assertThatThrownBy(() -> ForwardedCertificateFormat.nginx("X-SSL-Client-Cert").read(twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");

        String huge = "a".repeat(70_000);
        assertThatThrownBy(() -> ForwardedCertificateFormat.nginx("h").read(headers("h", huge)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than");

        String eleven = String.join(",", java.util.Collections.nCopies(11, base64(leaf)));
        assertThatThrownBy(() -> ForwardedCertificateFormat.traefik().read(headers("X-Forwarded-Tls-Client-Cert", eleven)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 10 certificates");
    }

    @Test
    void header_names_are_checked() {
        assertThatThrownBy(() -> ForwardedCertificateFormat.nginx("bad name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForwardedCertificateFormat.nginx("")).isInstanceOf(IllegalArgumentException.class);
    }
}
