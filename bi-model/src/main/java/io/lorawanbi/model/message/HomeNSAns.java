package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.PresentOnSuccess;
import io.lorawanbi.model.validation.V1_0;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import org.jspecify.annotations.Nullable;

/**
 * The Join Server's answer to a {@link HomeNSReq} (TS002 §3.2 "HomeNSAns", docs/reference.md §5): on Success
 * the device's home NetID ({@code HNetID}), and in 1.1 optionally the home NS's NSID ({@code HNSID},
 * never present in 1.0).
 *
 * <pre>{@code
 * {"ProtocolVersion":"1.0","TransactionID":42,"MessageType":"HomeNSAns",
 *  "SenderID":"70B3D57ED0000000","ReceiverID":"000013",
 *  "Result":{"ResultCode":"Success"},"HNetID":"000013"}
 * }</pre>
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param result {@code Result}: the outcome (required)
 * @param hNetId {@code HNetID}: the home NetID; required on Success
 * @param hNsId {@code HNSID}: the home NS's NSID, 1.1 only (optional)
 */
@PresentOnSuccess("hNetId")
public record HomeNSAns(
        @NotNull @Valid Header header,
        @WireName("Result") @NotNull @Valid Result result,
        @WireName("HNetID") @Nullable NetID hNetId,
        @WireName("HNSID") @Null(groups = V1_0.class, message = "is a 1.1 member, not allowed in 1.0") @Nullable EUI64 hNsId) implements BiAnswer {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static HomeNSAnsBuilder builder() {
        return new HomeNSAnsBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public HomeNSAnsBuilder toBuilder() {
        return new HomeNSAnsBuilder(this);
    }

    /**
     * A Success answer.
     *
     * @param header the answer header, normally {@code request.header().answerHeader()}
     * @param hNetId the home NetID
     * @param hNsId the home NS's NSID, or {@code null}; give it only in 1.1
     * @return the answer
     */
    public static HomeNSAns success(Header header, NetID hNetId, @Nullable EUI64 hNsId) {
        return new HomeNSAns(header, Result.success(), hNetId, hNsId);
    }

    /**
     * A failure answer, without HNetID.
     *
     * @param header the answer header, normally {@code request.header().answerHeader()}
     * @param result the failure result, for example {@code Result.of(ResultCode.UnknownDevEUI)}
     * @return the answer
     */
    public static HomeNSAns failure(Header header, Result result) {
        return new HomeNSAns(header, result, null, null);
    }
}
