package io.lorawanbi.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Result;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Result a body carries without decoding it as a message: the bare
 * {@code {"ResultCode":…,"Description":…}} object brocaar's ChirpStack sends with HTTP 400 (the shape
 * {@code BiCodec.encodeBareResult} writes), or the {@code Result} member of an answer-like object that
 * does not validate. Also tells JSON from other text. Stateless and thread-safe.
 */
public final class BareResultReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** What a body holds, as far as a Result goes. */
    public record Read(boolean json, boolean object, boolean emptyObject, boolean bare, @Nullable Result result) {}

    private BareResultReader() {}

    /** Reads a body: whether it is one JSON value, an object, {@code {}}, and the Result in it. */
    public static Read read(byte[] body) {
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Read(false, false, false, false, null);
            }
            if (first != JsonToken.START_OBJECT) {
                p.skipChildren();
                boolean single = p.nextToken() == null;
                return new Read(single, false, false, false, null);
            }
            String code = null;
            String description = null;
            String nestedCode = null;
            String nestedDescription = null;
            int members = 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                members++;
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("Result".equals(name) && value == JsonToken.START_OBJECT) {
                    for (JsonToken n = p.nextToken(); n == JsonToken.FIELD_NAME; n = p.nextToken()) {
                        String inner = p.currentName();
                        JsonToken v = p.nextToken();
                        if (v == JsonToken.VALUE_STRING && "ResultCode".equals(inner)) {
                            nestedCode = p.getText();
                        } else if (v == JsonToken.VALUE_STRING && "Description".equals(inner)) {
                            nestedDescription = p.getText();
                        } else {
                            skip(p);
                        }
                    }
                } else if (value == JsonToken.VALUE_STRING && "ResultCode".equals(name)) {
                    code = p.getText();
                } else if (value == JsonToken.VALUE_STRING && "Description".equals(name)) {
                    description = p.getText();
                } else {
                    skip(p);
                }
            }
            boolean single = p.nextToken() == null;
            if (!single) {
                return new Read(false, false, false, false, null);
            }
            if (nestedCode != null && !nestedCode.isEmpty()) {
                return new Read(true, true, false, false, Result.of(ResultCode.of(nestedCode), nestedDescription));
            }
            if (code != null && !code.isEmpty()) {
                return new Read(true, true, false, true, Result.of(ResultCode.of(code), description));
            }
            return new Read(true, true, members == 0, false, null);
        } catch (IOException | RuntimeException e) {
            return new Read(false, false, false, false, null);
        }
    }

    private static void skip(JsonParser p) throws IOException {
        p.skipChildren(); // Jackson bounds the nesting depth itself
    }
}
