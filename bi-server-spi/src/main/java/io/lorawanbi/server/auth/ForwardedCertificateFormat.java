package io.lorawanbi.server.auth;

import io.lorawanbi.server.RequestHeaders;
import io.lorawanbi.server.internal.ForwardedFormats;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How a TLS-terminating proxy forwards the client's certificate in request headers. The presets
 * cover the proxies in use; every header name can be changed to what the proxy is configured to send.
 * Only a {@link ForwardedClientCertificateAuthenticator} that has checked the request came from a
 * trusted proxy reads these headers.
 *
 * <p>A format reads at most 65,536 characters and 10 certificates; more is malformed. Implementations must be immutable and thread-safe.
 */
public interface ForwardedCertificateFormat {

    /** The headers this format reads. */
    List<String> headerNames();

    /**
     * The forwarded chain.
     *
     * @param headers the request headers
     * @return the chain, leaf first; empty when the headers are absent or blank (no client certificate)
     * @throws IllegalArgumentException when a header is present but malformed; the message names the
     *     problem, never the header's value
     */
    List<X509Certificate> read(RequestHeaders headers);

    /**
     * nginx's {@code $ssl_client_escaped_cert}: the leaf as percent-encoded PEM, in the header the
     * operator names in {@code proxy_set_header} (for example {@code X-SSL-Client-Cert}). nginx sends
     * no intermediate, so the CA trusted for the SenderID must be the leaf's issuer.
     */
    static ForwardedCertificateFormat nginx(String headerName) {
        return new ForwardedFormats.SingleHeader("nginx", headerName, false, ForwardedFormats::escapedPem);
    }

    /**
     * Envoy's {@code x-forwarded-client-cert} (XFCC): {@code key=value} pairs separated by {@code ;},
     * one element per hop separated by {@code ,}, quoted values that may contain both. The
     * <em>last</em> element is read (the one the immediate proxy appended), its {@code Chain} when
     * present, else its {@code Cert}, each percent-encoded PEM. Configure the edge Envoy with
     * {@code forward_client_cert_details: SANITIZE_SET} and {@code set_current_client_cert_details}
     * with {@code cert: true} or {@code chain: true}.
     */
    static ForwardedCertificateFormat envoy() {
        return envoy("x-forwarded-client-cert");
    }

    /** As {@link #envoy()}, in another header. */
    static ForwardedCertificateFormat envoy(String headerName) {
        return new ForwardedFormats.SingleHeader("envoy", headerName, true, ForwardedFormats::envoy);
    }

    /**
     * Traefik's {@code passTLSClientCert: {pem: true}}: {@code X-Forwarded-Tls-Client-Cert}, base64
     * DER certificates without PEM delimiters separated by commas, leaf first. The percent-escaped
     * form of Traefik 2.8 to 2.9.1 and the PEM of earlier versions are read too.
     */
    static ForwardedCertificateFormat traefik() {
        return traefik("X-Forwarded-Tls-Client-Cert");
    }

    /** As {@link #traefik()}, in another header. */
    static ForwardedCertificateFormat traefik(String headerName) {
        return new ForwardedFormats.SingleHeader("traefik", headerName, true, ForwardedFormats::traefik);
    }

    /**
     * HAProxy's {@code http-request set-header <name> %[ssl_c_der,base64]}: the leaf as base64 DER,
     * optionally in double quotes ({@code %{+Q}}).
     */
    static ForwardedCertificateFormat haproxy(String headerName) {
        return new ForwardedFormats.SingleHeader("haproxy", headerName, false, ForwardedFormats::base64Der);
    }

    /**
     * AWS Application Load Balancer, mutual TLS in passthrough mode: {@code X-Amzn-Mtls-Clientcert},
     * the chain as presented, percent-encoded PEM, leaf first. The load balancer does not verify it;
     * the {@link ClientCertificateAuthenticator} does.
     */
    static ForwardedCertificateFormat awsAlbPassthrough() {
        return awsAlbPassthrough("X-Amzn-Mtls-Clientcert");
    }

    /** As {@link #awsAlbPassthrough()}, in a header renamed by the load balancer's header modification. */
    static ForwardedCertificateFormat awsAlbPassthrough(String headerName) {
        return new ForwardedFormats.SingleHeader("awsAlbPassthrough", headerName, false, ForwardedFormats::escapedPem);
    }

    /**
     * AWS Application Load Balancer, mutual TLS in verify mode: {@code X-Amzn-Mtls-Clientcert-Leaf},
     * the leaf as percent-encoded PEM (the load balancer has verified it against its trust store).
     */
    static ForwardedCertificateFormat awsAlbVerify() {
        return awsAlbVerify("X-Amzn-Mtls-Clientcert-Leaf");
    }

    /** As {@link #awsAlbVerify()}, in a header renamed by the load balancer's header modification. */
    static ForwardedCertificateFormat awsAlbVerify(String headerName) {
        return new ForwardedFormats.SingleHeader("awsAlbVerify", headerName, false, ForwardedFormats::escapedPemLeaf);
    }

    /**
     * RFC 9440: {@code Client-Cert} holds the leaf and {@code Client-Cert-Chain} the rest of the
     * chain, each certificate a structured-field byte sequence {@code :base64(DER):}.
     */
    static ForwardedCertificateFormat rfc9440() {
        return rfc9440("Client-Cert", "Client-Cert-Chain");
    }

    /** As {@link #rfc9440()}, in other headers. */
    static ForwardedCertificateFormat rfc9440(String certHeader, String chainHeader) {
        return new ForwardedFormats.Rfc9440(certHeader, chainHeader);
    }
}
