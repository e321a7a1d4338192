package io.lorawanbi.model.message;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.WireName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A Network Server's question to a device's Join Server: which network is this device's home?
 * (TS002 §3.2 "HomeNSReq", docs/reference.md §5). SenderID is the asking NS's NetID, ReceiverID the device's
 * JoinEUI; in 1.1 SenderNSID names the asking NS.
 *
 * <pre>{@code
 * {"ProtocolVersion":"1.0","TransactionID":42,"MessageType":"HomeNSReq",
 *  "SenderID":"000013","ReceiverID":"70B3D57ED0000000","DevEUI":"0102030405060708"}
 * }</pre>
 *
 * <p>Immutable and thread-safe. Rules are checked by validation, not by the constructor (see {@link BiMessage}).
 *
 * @param header the common header (TS002 §2.1)
 * @param devEui {@code DevEUI}: the device, most significant byte first (required)
 */
public record HomeNSReq(
        @NotNull @Valid Header header,
        @WireName("DevEUI") @NotNull EUI64 devEui) implements BiRequest<HomeNSAns> {

    /**
     * A builder with every member unset.
     *
     * @return a new builder
     */
    public static HomeNSReqBuilder builder() {
        return new HomeNSReqBuilder();
    }

    /**
     * A builder starting from this message's members, to make a changed copy.
     *
     * @return a new builder
     */
    public HomeNSReqBuilder toBuilder() {
        return new HomeNSReqBuilder(this);
    }

    @Override
    public Class<HomeNSAns> answerClass() {
        return HomeNSAns.class;
    }
}
