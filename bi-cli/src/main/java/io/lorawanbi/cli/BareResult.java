package io.lorawanbi.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A bare Result body, {@code {"ResultCode":"Other","Description":"…"}}: not a message, but the error
 * body that some servers (brocaar/lorawan's Join Server among them) send with an HTTP 4xx status instead
 * of an answer. Recognised when the body is one JSON object whose members are a text {@code ResultCode}
 * and at most a text {@code Description}.
 *
 * @param resultCode the ResultCode text as it came
 * @param description the Description, or {@code null}
 */
record BareResult(String resultCode, @Nullable String description) {

    private static final JsonFactory JSON = new JsonFactory();

    /** The bare Result that the body is, if it is one. */
    static Optional<BareResult> read(byte[] body) {
        String code = null;
        String description = null;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return Optional.empty();
                }
                String name = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    return Optional.empty();
                }
                if (name.equals("ResultCode") && code == null) {
                    code = p.getText();
                } else if (name.equals("Description") && description == null) {
                    description = p.getText();
                } else {
                    return Optional.empty();
                }
            }
            if (p.nextToken() != null) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return code == null ? Optional.empty() : Optional.of(new BareResult(code, description));
    }
}
