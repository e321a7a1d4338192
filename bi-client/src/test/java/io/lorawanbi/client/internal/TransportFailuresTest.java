package io.lorawanbi.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * The reason is judged over the whole cause chain, in the shapes the JDK's HttpClient throws: the
 * specific cause (a name that does not resolve, a TLS failure) wins over the ConnectException that
 * wraps it.
 */
class TransportFailuresTest {

    private static <T extends Throwable> T causedBy(T outer, Throwable cause) {
        outer.initCause(cause);
        return outer;
    }

    /** As the JDK's client reports it: ConnectException(null) ← ConnectException(null) ← cause. */
    private static ConnectException wrapped(Throwable cause) {
        return causedBy(new ConnectException(), causedBy(new ConnectException(), cause));
    }

    @Test
    void a_name_that_does_not_resolve_is_said_so_not_connection_refused() {
        ConnectException e = wrapped(new UnresolvedAddressException());
        assertThat(TransportFailures.reason(e)).isEqualTo("the name does not resolve");
        assertThat(TransportFailures.neverConnected(e)).isTrue();
        assertThat(TransportFailures.reason(wrapped(new UnknownHostException("js.example.invalid"))))
                .isEqualTo("the name does not resolve: js.example.invalid");
    }

    @Test
    void nothing_listening_is_connection_refused() {
        ConnectException e = wrapped(new ClosedChannelException());
        assertThat(TransportFailures.reason(e)).isEqualTo("connection refused");
        assertThat(TransportFailures.reason(new ConnectException("Connection refused"))).isEqualTo("connection refused");
        assertThat(TransportFailures.neverConnected(e)).isTrue();
    }

    @Test
    void a_connect_timeout_and_a_response_timeout_are_told_apart() {
        HttpConnectTimeoutException connect = causedBy(new HttpConnectTimeoutException("HTTP connect timed out"),
                new ConnectException("HTTP connect timed out"));
        assertThat(TransportFailures.reason(connect)).isEqualTo("connection timed out");
        assertThat(TransportFailures.reason(wrapped(connect))).isEqualTo("connection timed out");
        assertThat(TransportFailures.neverConnected(connect)).isTrue();

        HttpTimeoutException response = new HttpTimeoutException("request timed out");
        assertThat(TransportFailures.reason(response)).isEqualTo("no response in time");
        assertThat(TransportFailures.timedOut(response)).isTrue();
        assertThat(TransportFailures.neverConnected(response)).isFalse();
    }

    @Test
    void a_tls_failure_gives_the_pkix_reason_without_class_names_even_when_wrapped() {
        SSLHandshakeException tls = causedBy(new SSLHandshakeException("PKIX path building failed: "
                + "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path "
                + "to requested target"), new Exception("unable to find valid certification path to requested target"));
        String expected = "TLS handshake failed: PKIX path building failed: unable to find valid certification path "
                + "to requested target";
        assertThat(TransportFailures.reason(tls)).isEqualTo(expected);
        assertThat(TransportFailures.reason(wrapped(tls))).isEqualTo(expected);
    }

    @Test
    void no_route_and_unknown_failures_are_named_in_words() {
        assertThat(TransportFailures.reason(new NoRouteToHostException("No route to host"))).isEqualTo("no route to host");
        assertThat(TransportFailures.reason(new java.io.IOException("java.io.IOException: stream reset")))
                .isEqualTo("the connection failed: stream reset");
    }
}
