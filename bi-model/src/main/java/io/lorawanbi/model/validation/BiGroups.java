package io.lorawanbi.model.validation;

import io.lorawanbi.model.ProtocolVersion;
import jakarta.validation.groups.Default;

/**
 * The validation groups that apply to a message of a given protocol version.
 *
 * <p>Stateless and thread-safe.
 */
public final class BiGroups {

    private BiGroups() {}

    /**
     * The groups for a version: {@link V1_0} or {@link V1_1}, or only {@link Default} for an
     * unsupported version (whose messages a receiver answers with InvalidProtocolVersion before
     * validating their bodies).
     */
    public static Class<?>[] of(ProtocolVersion version) {
        return of(version, false);
    }

    /**
     * The groups for a version, with {@link StrictNSIDs} added for 1.1 when asked.
     *
     * @param version the message's protocol version
     * @param requireSenderNsid whether a 1.1 request from a Network Server must carry SenderNSID
     */
    public static Class<?>[] of(ProtocolVersion version, boolean requireSenderNsid) {
        if (ProtocolVersion.V1_0.equals(version)) {
            return new Class<?>[] {V1_0.class};
        }
        if (ProtocolVersion.V1_1.equals(version)) {
            return requireSenderNsid
                    ? new Class<?>[] {V1_1.class, StrictNSIDs.class}
                    : new Class<?>[] {V1_1.class};
        }
        return new Class<?>[] {Default.class};
    }
}
