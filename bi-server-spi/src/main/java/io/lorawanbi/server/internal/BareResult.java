package io.lorawanbi.server.internal;

import io.lorawanbi.model.ResultCode;
import java.nio.charset.StandardCharsets;

/**
 * The body of an HTTP 400 response: a bare {@code Result} object, {@code {"ResultCode":…,"Description":…}},
 * because no answer message can be addressed. brocaar's clients read such a body; others only see the
 * status. Stateless and thread-safe.
 */
public final class BareResult {

    private BareResult() {}

    /** The JSON of a bare Result, with the description escaped. */
    public static byte[] encode(ResultCode code, String description) {
        StringBuilder out = new StringBuilder(64 + description.length());
        out.append("{\"ResultCode\":");
        quote(out, code.name());
        out.append(",\"Description\":");
        quote(out, description);
        out.append('}');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
