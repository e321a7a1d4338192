package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.lorawanbi.model.ResultCode;
import java.io.IOException;

/**
 * Writes the bare {@code Result} object, {@code {"ResultCode":…,"Description":…}}, that goes out with
 * HTTP 400 when no answer can be addressed. Stateless and thread-safe.
 */
public final class BareResults {

    private static final JsonFactory JSON = new JsonFactory();

    private BareResults() {}

    /**
     * The UTF-8 JSON of a bare Result: the code under its canonical name, the Description (bounded as
     * {@link EchoText#bounded} does) omitted when {@code null} or empty.
     */
    public static byte[] encode(ResultCode code, String description) {
        ByteArrayBuilder out = new ByteArrayBuilder(64);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("ResultCode", code.name());
            if (description != null && !description.isEmpty()) {
                g.writeStringField("Description", EchoText.bounded(description, EchoText.MAX_DESCRIPTION));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("encoding into memory failed", e);
        }
        byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }
}
