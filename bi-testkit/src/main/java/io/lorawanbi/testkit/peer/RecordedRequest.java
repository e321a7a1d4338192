package io.lorawanbi.testkit.peer;

import io.lorawanbi.model.message.BiMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request a {@link FakeBiPeer} received: method, path, headers, body, the Backend Interfaces
 * message the body decodes to (TS002 §2, §3) or why it does not, and when it arrived.
 *
 * <p>Immutable and thread-safe: the body is copied out, the headers are unmodifiable. Header names are
 * lower case. {@link #toString()} never shows header values, which may hold credentials.
 */
public final class RecordedRequest {

    private final int sequenceNumber;
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final @Nullable BiMessage message;
    private final @Nullable String decodeFailure;
    private final Instant receivedAt;

    RecordedRequest(int sequenceNumber, String method, String path, Map<String, List<String>> headers, byte[] body,
            @Nullable BiMessage message, @Nullable String decodeFailure, Instant receivedAt) {
        this.sequenceNumber = sequenceNumber;
        this.method = method;
        this.path = path;
        this.headers = lowerCased(headers);
        this.body = body.clone();
        this.message = message;
        this.decodeFailure = decodeFailure;
        this.receivedAt = receivedAt;
    }

    /** The position of this request among those the peer received, from 1. */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** The HTTP method, for example {@code POST}. */
    public String method() {
        return method;
    }

    /** The request path, with its query if any, for example {@code /bi}. */
    public String path() {
        return path;
    }

    /** Every header, by lower-case name, values in the order received. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (the name in any case), if present. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body: a fresh copy. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The message the body decodes to with the peer's codec, if it decodes and validates. */
    public Optional<BiMessage> message() {
        return Optional.ofNullable(message);
    }

    /** Why the body does not decode, if it does not. */
    public Optional<String> decodeFailure() {
        return Optional.ofNullable(decodeFailure);
    }

    /** When the request was received. */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** Sequence number, method, path, body size and message type; no header values. */
    @Override
    public String toString() {
        return "RecordedRequest[#" + sequenceNumber + " " + method + " " + path + ", " + body.length + " bytes, "
                + (message != null ? message.messageType() + " " + message.header().transactionId() : "not a BI message")
                + "]";
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> out.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        out.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(out);
    }
}
