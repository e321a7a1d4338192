package io.lorawanbi.model.message;

/**
 * An answer to a {@link BiRequest} (TS002 §3.1). Every answer carries a {@link Result}.
 */
public sealed interface BiAnswer extends BiMessage
        permits JoinAns, RejoinAns, AppSKeyAns, PRStartAns, PRStopAns, HRStartAns, HRStopAns, HomeNSAns,
                ProfileAns, XmitDataAns {

    /** The outcome of the request. */
    Result result();

    /** Whether the result code is {@code Success}. */
    default boolean isSuccess() {
        return result() != null && result().resultCode() != null && result().resultCode().isSuccess();
    }
}
