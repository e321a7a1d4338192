package io.lorawanbi.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.lorawanbi.model.ProtocolVersion;
import java.io.IOException;

/**
 * Reads and writes one kind of member value. Implementations are stateless and thread-safe.
 *
 * @param <T> the model type of the value
 */
interface ValueCodec<T> {

    /**
     * Reads the value at the parser's current token.
     *
     * @return the value, or {@code null} for JSON null and the other forms that mean "absent"
     * @throws BadValue if the token has the wrong type or form; then no token has been consumed
     * @throws Fatal if a limit is exceeded
     * @throws IOException if the input is not valid JSON
     */
    T read(JsonParser p, ReadContext ctx) throws IOException;

    /** Writes a present value. */
    void write(JsonGenerator g, T value, ProtocolVersion version) throws IOException;
}
