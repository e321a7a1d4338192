package io.lorawanbi.client.internal;

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
     * The reason in words, judged over the whole cause chain (the JDK's client wraps the cause in one or
     * two {@link ConnectException}s): {@code the name does not resolve: js.example.net}, {@code TLS
     * handshake failed: PKIX path building failed: unable to find valid certification path to requested
     * target}, {@code connection timed out}, {@code connection refused}, {@code no response in time}.
     * The more specific cause wins whatever its depth: a name that does not resolve over the
     * connection failure that wraps it.
     */
    public static String reason(Throwable failure) {
        String message = deepestMessage(failure);
        if (has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)) {
            Throwable unknown = find(failure, UnknownHostException.class);
            String host = unknown == null || unknown.getMessage() == null ? "" : unknown.getMessage().strip();
            return "the name does not resolve" + (host.isEmpty() ? "" : ": " + host);
        }
        if (has(failure, SSLHandshakeException.class)) {
            return "TLS handshake failed" + (message.isEmpty() ? "" : ": " + message);
        }
        if (has(failure, HttpConnectTimeoutException.class)) {
            return "connection timed out";
        }
        if (has(failure, NoRouteToHostException.class)) {
            return "no route to host";
        }
        if (has(failure, ConnectException.class)) {
            return message.isEmpty() ? "connection refused" : message.toLowerCase(java.util.Locale.ROOT);
        }
        if (timedOut(failure)) {
            return "no response in time";
        }
        return message.isEmpty() ? "the connection failed (" + failure.getClass().getSimpleName() + ")"
                : "the connection failed: " + message;
    }

    /** A duration in seconds for a message: {@code 10 s}, {@code 1.5 s}. */
    public static String seconds(java.time.Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s"
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        return find(failure, kind) != null;
    }

    private static <T extends Throwable> @org.jspecify.annotations.Nullable T find(Throwable failure, Class<T> kind) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
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
