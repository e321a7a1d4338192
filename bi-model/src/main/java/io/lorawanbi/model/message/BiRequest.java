package io.lorawanbi.model.message;

/**
 * A request: a message whose receiver answers with a message of type {@code A} (TS002 §1.2, §3.1).
 * {@link HomeNSReq} is a {@code BiRequest<HomeNSAns>}, so a handler for it is typed to return a
 * {@link HomeNSAns}.
 *
 * @param <A> the answer type
 */
public sealed interface BiRequest<A extends BiAnswer> extends BiMessage
        permits JoinReq, RejoinReq, AppSKeyReq, PRStartReq, PRStopReq, HRStartReq, HRStopReq, HomeNSReq,
                ProfileReq, XmitDataReq {

    /** The class of the answer to this request. */
    Class<A> answerClass();
}
