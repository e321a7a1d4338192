package io.lorawanbi.client.internal;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Takes a credential the client sent out of what a peer sent back: a peer that echoes the
 * Authorization header (in an error page, a bare Result's Description, a text body) must not bring the
 * token into an exception message, an excerpt or a log line. Stateless and thread-safe.
 */
final class Redaction {

    /** Credentials shorter than this are not searched for: too likely to match ordinary text. */
    private static final int SHORTEST = 8;
    private static final byte[] MARK = "…".getBytes(StandardCharsets.UTF_8);

    private Redaction() {}

    /**
     * The body with every occurrence of the Authorization value, and of its credential after the
     * scheme ({@code Bearer xyz} → {@code xyz}), replaced by {@code …}; the same array when neither occurs.
     */
    static byte[] without(byte[] body, @Nullable String authorization) {
        if (authorization == null || body.length == 0) {
            return body;
        }
        byte[] out = replace(body, authorization.getBytes(StandardCharsets.UTF_8));
        int space = authorization.indexOf(' ');
        if (space > 0) {
            out = replace(out, authorization.substring(space + 1).strip().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] replace(byte[] body, byte[] secret) {
        if (secret.length < SHORTEST || indexOf(body, secret, 0) < 0) {
            return body;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length);
        int from = 0;
        for (int at = indexOf(body, secret, 0); at >= 0; at = indexOf(body, secret, from)) {
            out.write(body, from, at - from);
            out.write(MARK, 0, MARK.length);
            from = at + secret.length;
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    private static int indexOf(byte[] body, byte[] secret, int from) {
        outer:
        for (int i = from; i <= body.length - secret.length; i++) {
            for (int j = 0; j < secret.length; j++) {
                if (body[i + j] != secret[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
