package io.lorawanbi.client.internal;

import io.lorawanbi.model.message.AppSKeyReq;
import io.lorawanbi.model.message.BiAnswer;
import io.lorawanbi.model.message.BiRequest;
import io.lorawanbi.model.message.HRStartReq;
import io.lorawanbi.model.message.HRStopReq;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.HomeNSReq;
import io.lorawanbi.model.message.JoinReq;
import io.lorawanbi.model.message.PRStartReq;
import io.lorawanbi.model.message.PRStopReq;
import io.lorawanbi.model.message.ProfileReq;
import io.lorawanbi.model.message.RejoinReq;
import io.lorawanbi.model.message.XmitDataReq;

/** Gives a request another header, whatever its type. Stateless and thread-safe. */
public final class Requests {

    private Requests() {}

    /** The request with the header replaced, through the request type's own builder. */
    @SuppressWarnings("unchecked")
    public static <A extends BiAnswer> BiRequest<A> withHeader(BiRequest<A> request, Header header) {
        BiRequest<?> out;
        if (request instanceof HomeNSReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof JoinReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof RejoinReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof AppSKeyReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof PRStartReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof PRStopReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof HRStartReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof HRStopReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof ProfileReq r) {
            out = r.toBuilder().header(header).build();
        } else if (request instanceof XmitDataReq r) {
            out = r.toBuilder().header(header).build();
        } else {
            throw new IllegalArgumentException("not a request type of this library: " + request.getClass().getName());
        }
        return (BiRequest<A>) out;
    }
}
