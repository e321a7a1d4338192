package io.lorawanbi.testkit.internal;

import io.lorawanbi.codec.BiCodec;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.message.Result;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the bare {@code {"ResultCode":…,"Description":…}} object that some peers (brocaar's
 * ChirpStack) send with HTTP 400 instead of an answer message. Stateless and thread-safe.
 */
public final class BareResultJson {

    private BareResultJson() {}

    /** The JSON of a bare Result, as {@link BiCodec#encodeBareResult} writes it. */
    public static byte[] encode(ResultCode code, @Nullable String description) {
        return BiCodec.standard().encodeBareResult(Result.of(code, description));
    }

    /**
     * The Result a body carries, if any: the {@code Result} member of an answer-like object, or the
     * top-level {@code ResultCode} and {@code Description} of a bare Result. Empty when the body is
     * not a JSON object or carries no ResultCode text.
     */
    public static Optional<Result> read(byte[] body) {
        Optional<Map<String, Object>> json = JsonText.object(body);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        Optional<Result> nested = result(json.get(), "Result.ResultCode", "Result.Description");
        return nested.isPresent() ? nested : result(json.get(), "ResultCode", "Description");
    }

    private static Optional<Result> result(Map<String, Object> json, String codePath, String descriptionPath) {
        Object code = JsonText.member(json, codePath).orElse(null);
        if (!(code instanceof String text) || text.isEmpty()) {
            return Optional.empty();
        }
        Object description = JsonText.member(json, descriptionPath).orElse(null);
        return Optional.of(Result.of(ResultCode.of(text), description instanceof String d ? d : null));
    }
}
