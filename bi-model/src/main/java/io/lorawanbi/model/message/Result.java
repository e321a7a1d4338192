package io.lorawanbi.model.message;

import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.WireName;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The outcome carried by every answer and notification (TS002 §3.3 "Result"): a
 * {@link ResultCode} and an optional free-text description. A description is sent to the peer: it
 * must never contain key material or tokens.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resultCode {@code ResultCode} (required)
 * @param description {@code Description}: free text (optional; an empty text is held as {@code null},
 *     as it is emitted: omitted)
 */
public record Result(
        @WireName("ResultCode") @NotNull ResultCode resultCode,
        @WireName("Description") @Nullable String description) {

    /** An empty description is no description. */
    public Result {
        description = description == null || description.isEmpty() ? null : description;
    }

    private static final Result SUCCESS = new Result(ResultCode.Success, null);

    /** {@code Success}, without description. */
    public static Result success() {
        return SUCCESS;
    }

    /** A result with a code and no description. */
    public static Result of(ResultCode code) {
        return new Result(code, null);
    }

    /** A result with a code and a description. */
    public static Result of(ResultCode code, @Nullable String description) {
        return new Result(code, description);
    }

    /** Whether the code is {@code Success}. */
    public boolean isSuccess() {
        return resultCode != null && resultCode.isSuccess();
    }
}
