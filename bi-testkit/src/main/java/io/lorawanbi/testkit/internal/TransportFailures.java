package io.lorawanbi.testkit.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;

/**
 * Tells transport failures apart (no connection made, timed out, closed after the request was sent)
 * and says why one happened in words, for reports: the reason a TLS handshake failed (the PKIX
 * message) rather than an exception's class name. Stateless and thread-safe.
 */
public final class TransportFailures {

    /** A Java class name inside a message ({@code sun.security.….SunCertPathBuilderException: }). */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ");

    private TransportFailures() {}

    /** Whether the failure happened before any connection carried the request: nothing was sent. */
    public static boolean neverConnected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof SSLHandshakeException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is a timeout waiting for the response, after the connection was made. */
    public static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException && !(t instanceof HttpConnectTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reason in words: {@code TLS handshake failed: PKIX path building failed: unable to find
     * valid certification path to requested target}, {@code connection refused}, …
     */
    public static String reason(Throwable failure) {
        String message = deepestMessage(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException) {
                return "TLS handshake failed" + (message.isEmpty() ? "" : ": " + message);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connection timed out";
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "unknown host" + (message.isEmpty() ? "" : ": " + message);
            }
            if (t instanceof ConnectException) {
                return message.isEmpty() ? "connection refused" : message.toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (timedOut(failure)) {
            return "no response in time";
        }
        return message.isEmpty() ? "the connection failed (" + failure.getClass().getSimpleName() + ")"
                : "the connection failed: " + message;
    }

    /**
     * The most informative message of the chain: the first, with class names removed, unless a cause
     * says more (the PKIX reason is in the handshake exception, the refusal in its cause).
     */
    private static String deepestMessage(Throwable failure) {
        String best = "";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                String clean = CLASS_NAME.matcher(m).replaceAll("").strip();
                if (best.isEmpty() || !best.contains(clean) && clean.length() > best.length()) {
                    best = clean;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return best;
    }
}
