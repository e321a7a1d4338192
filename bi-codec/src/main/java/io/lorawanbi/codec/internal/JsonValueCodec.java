package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.object.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads any JSON value into an opaque {@link JsonValue} tree, and writes it back in the same order,
 * within the limits. Thread-safe.
 */
final class JsonValueCodec implements ValueCodec<JsonValue> {

    static final JsonValueCodec INSTANCE = new JsonValueCodec();

    private JsonValueCodec() {}

    @Override
    public JsonValue read(JsonParser p, ReadContext ctx) throws IOException {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_NULL ? null : value(p, ctx);
    }

    private static JsonValue value(JsonParser p, ReadContext ctx) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                String name;
                while ((name = p.nextFieldName()) != null) {
                    ctx.checkMembers(members.size() + 1);
                    ctx.checkString(name);
                    if (members.containsKey(name)) {
                        ctx.push(name);
                        throw ctx.fatal("duplicate member");
                    }
                    p.nextToken();
                    members.put(name, value(p, ctx));
                }
                return new JsonValue.JsonObject(members);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    ctx.checkElements(elements.size() + 1);
                    elements.add(value(p, ctx));
                }
                return new JsonValue.JsonArray(elements);
            }
            case VALUE_STRING:
                return new JsonValue.JsonString(ctx.checkString(p.getText()));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                try {
                    return new JsonValue.JsonNumber(p.getDecimalValue());
                } catch (NumberFormatException e) { // an exponent beyond int range
                    throw ctx.fatal("number out of range");
                }
            case VALUE_TRUE:
                return new JsonValue.JsonBoolean(true);
            case VALUE_FALSE:
                return new JsonValue.JsonBoolean(false);
            case VALUE_NULL:
                return JsonValue.JsonNull.INSTANCE;
            default:
                throw ctx.fatal("unexpected JSON token " + p.currentToken());
        }
    }

    @Override
    public void write(JsonGenerator g, JsonValue value, ProtocolVersion version) throws IOException {
        if (value instanceof JsonValue.JsonObject o) {
            g.writeStartObject();
            for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue(), version);
            }
            g.writeEndObject();
        } else if (value instanceof JsonValue.JsonArray a) {
            g.writeStartArray();
            for (JsonValue e : a.elements()) {
                write(g, e, version);
            }
            g.writeEndArray();
        } else if (value instanceof JsonValue.JsonString s) {
            g.writeString(s.value());
        } else if (value instanceof JsonValue.JsonNumber n) {
            g.writeNumber(n.value());
        } else if (value instanceof JsonValue.JsonBoolean b) {
            g.writeBoolean(b.value());
        } else {
            g.writeNull();
        }
    }
}
