package io.lorawanbi.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON body into plain maps and lists, for checks on the exact text an endpoint emitted
 * (members present or absent, their raw spelling). Stateless and thread-safe.
 */
public final class JsonText {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonText() {}

    /** The body as a map if it is a JSON object, else empty. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> object(byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            return Optional.of((Map<String, Object>) value(p, 0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Object value(JsonParser p, int depth) throws IOException {
        if (depth > 64) {
            throw new IOException("too deep");
        }
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p, depth + 1));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p, depth + 1));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new BigDecimal(p.getText());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The member at a dotted path ({@code Result.ResultCode}), if present. */
    @SuppressWarnings("unchecked")
    public static Optional<Object> member(Map<String, Object> object, String path) {
        Object current = object;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m) || !m.containsKey(part)) {
                return Optional.empty();
            }
            current = ((Map<String, Object>) m).get(part);
        }
        return Optional.ofNullable(current);
    }
}
