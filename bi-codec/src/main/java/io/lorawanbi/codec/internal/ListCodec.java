package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lorawanbi.model.ProtocolVersion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes an array of one element kind. {@code null} elements are dropped (peers have sent
 * GWInfo elements that are all null); a bad element is recorded as a problem at its index. Thread-safe.
 *
 * @param <E> the element type
 */
final class ListCodec<E> implements ValueCodec<List<E>> {

    private final ValueCodec<E> element;

    ListCodec(ValueCodec<E> element) {
        this.element = element;
    }

    @Override
    public List<E> read(JsonParser p, ReadContext ctx) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            throw new BadValue("must be an array");
        }
        List<E> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            ctx.checkElements(i + 1);
            ctx.pushIndex(i++);
            try {
                E value = element.read(p, ctx);
                if (value != null) {
                    out.add(value);
                }
            } catch (BadValue e) {
                ctx.problem(e.getMessage());
                ctx.skip(p);
            } finally {
                ctx.pop();
            }
        }
        return out;
    }

    @Override
    public void write(JsonGenerator g, List<E> value, ProtocolVersion version) throws IOException {
        g.writeStartArray();
        for (E e : value) {
            element.write(g, e, version);
        }
        g.writeEndArray();
    }
}
