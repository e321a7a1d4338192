package io.lorawanbi.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ResultCode} of a {@code Result} (TS002 §3.3, catalogue in docs/reference.md §4).
 *
 * <p>An open value set. The constants are the codes of 1.0 and 1.1, named as the specification
 * spells them. {@link #of(String)} also understands the spellings peers send for the same code:
 * {@code UnknownReceiver} for the specification's {@code UnkownReceiver} (sic), and brocaar's
 * {@code RoamingActDisallowedA} for {@code RoamingActDisallowed}. Any other text yields an
 * {@linkplain #isKnown() unknown} code that keeps the text, so it survives a round trip.
 *
 * <p>The "malformed" code has a different name in each version: {@code MalformedRequest} in 1.0 and
 * {@code MalformedMessage} in 1.1. Both constants exist; {@link #isMalformed()} is true for both, and
 * {@link #wireName(ProtocolVersion)} gives the version's own name, whichever of the two was used.
 *
 * <p>Immutable and thread-safe. Two codes are equal when their {@linkplain #name() canonical names}
 * are equal.
 */
public final class ResultCode {

    private static final Map<String, ResultCode> KNOWN = new LinkedHashMap<>();

    /** Request granted. */
    public static final ResultCode Success = known("Success", true, true);
    /** Nothing to do (1.1 only). */
    public static final ResultCode NoAction = known("NoAction", false, true);
    /** The MIC check failed. */
    public static final ResultCode MICFailed = known("MICFailed", true, true);
    /** The frame was replayed (1.1 only). */
    public static final ResultCode FrameReplayed = known("FrameReplayed", false, true);
    /** The Join Server could not process the JoinReq. */
    public static final ResultCode JoinReqFailed = known("JoinReqFailed", true, true);
    /** There is no roaming agreement between the operators. */
    public static final ResultCode NoRoamingAgreement = known("NoRoamingAgreement", true, true);
    /** The device may not roam. */
    public static final ResultCode DevRoamingDisallowed = known("DevRoamingDisallowed", true, true);
    /** The device may not activate while roaming. Also read from brocaar's {@code RoamingActDisallowedA}. */
    public static final ResultCode RoamingActDisallowed = known("RoamingActDisallowed", true, true);
    /** The device may not activate. */
    public static final ResultCode ActivationDisallowed = known("ActivationDisallowed", true, true);
    /** No device with that DevEUI. */
    public static final ResultCode UnknownDevEUI = known("UnknownDevEUI", true, true);
    /** No device with that DevAddr. */
    public static final ResultCode UnknownDevAddr = known("UnknownDevAddr", true, true);
    /** The SenderID is unknown, or the sender is not authenticated as it. */
    public static final ResultCode UnknownSender = known("UnknownSender", true, true);
    /**
     * The ReceiverID is unknown. The specification spells it {@code UnkownReceiver} (sic), and that
     * is what peers emit and expect in both versions.
     */
    public static final ResultCode UnkownReceiver = known("UnkownReceiver", true, true);
    /** The same code as {@link #UnkownReceiver}, under its correct spelling; reads as the same code. */
    public static final ResultCode UnknownReceiver = UnkownReceiver;
    /** Passive roaming is not allowed for a period of time. */
    public static final ResultCode Deferred = known("Deferred", true, true);
    /** The fNS could not transmit the downlink. */
    public static final ResultCode XmitFailed = known("XmitFailed", true, true);
    /** The downlink FPort is invalid. */
    public static final ResultCode InvalidFPort = known("InvalidFPort", true, true);
    /** The ProtocolVersion is not supported. */
    public static final ResultCode InvalidProtocolVersion = known("InvalidProtocolVersion", true, true);
    /** The device profile is stale. */
    public static final ResultCode StaleDeviceProfile = known("StaleDeviceProfile", true, true);
    /** The message could not be parsed or has bad content: the 1.0 name. */
    public static final ResultCode MalformedRequest = known("MalformedRequest", true, false);
    /** The message could not be parsed or has bad content: the 1.1 name. */
    public static final ResultCode MalformedMessage = known("MalformedMessage", false, true);
    /** The PHYPayload or FRMPayload has the wrong size. */
    public static final ResultCode FrameSizeError = known("FrameSizeError", true, true);
    /** Any failure the specification does not name. */
    public static final ResultCode Other = known("Other", true, true);

    private static final Map<String, ResultCode> ALIASES = Map.of(
            "UnknownReceiver", UnkownReceiver,
            "RoamingActDisallowedA", RoamingActDisallowed);

    private final String name;
    private final boolean known;
    private final boolean in1_0;
    private final boolean in1_1;

    private ResultCode(String name, boolean known, boolean in1_0, boolean in1_1) {
        this.name = name;
        this.known = known;
        this.in1_0 = in1_0;
        this.in1_1 = in1_1;
    }

    private static ResultCode known(String name, boolean in1_0, boolean in1_1) {
        ResultCode code = new ResultCode(name, true, in1_0, in1_1);
        KNOWN.put(name, code);
        return code;
    }

    /**
     * The code for a wire value: a known code (aliases included) or an unknown code keeping the text.
     * Matching is case-sensitive, as on the wire.
     */
    public static ResultCode of(String value) {
        Objects.requireNonNull(value, "value");
        ResultCode code = KNOWN.get(value);
        if (code == null) {
            code = ALIASES.get(value);
        }
        return code != null ? code : new ResultCode(value, false, false, false);
    }

    /** Every known code, in the order of the catalogue. */
    public static List<ResultCode> knownCodes() {
        return List.copyOf(KNOWN.values());
    }

    /**
     * The "malformed" code of a version: {@code MalformedRequest} for 1.0, {@code MalformedMessage}
     * for 1.1 and for any other version.
     */
    public static ResultCode malformed(ProtocolVersion version) {
        return ProtocolVersion.V1_0.equals(version) ? MalformedRequest : MalformedMessage;
    }

    /** The canonical name: the specification's spelling, or the text of an unknown code. */
    public String name() {
        return name;
    }

    /**
     * The name to emit in a message of the given version: the canonical name, except that both
     * malformed codes take the version's own name ({@link #malformed(ProtocolVersion)}).
     */
    public String wireName(ProtocolVersion version) {
        return isMalformed() ? malformed(version).name : name;
    }

    /** Whether this is one of the codes of the specification (aliases included). */
    public boolean isKnown() {
        return known;
    }

    /**
     * Whether this code exists in the given version. The malformed code exists in both versions
     * under different names, so both malformed constants answer true for 1.0 and 1.1.
     */
    public boolean existsIn(ProtocolVersion version) {
        if (isMalformed()) {
            return version != null && version.isSupported();
        }
        return ProtocolVersion.V1_0.equals(version) ? in1_0 : ProtocolVersion.V1_1.equals(version) && in1_1;
    }

    /** Whether this is {@link #Success}. */
    public boolean isSuccess() {
        return this == Success;
    }

    /** Whether this is {@link #MalformedRequest} or {@link #MalformedMessage}. */
    public boolean isMalformed() {
        return this == MalformedRequest || this == MalformedMessage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultCode that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The canonical name. */
    @Override
    public String toString() {
        return name;
    }
}
