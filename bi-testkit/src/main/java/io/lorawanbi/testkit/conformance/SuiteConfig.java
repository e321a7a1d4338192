package io.lorawanbi.testkit.conformance;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ProtocolVersion;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a conformance run needs to know about the endpoint: the identity it accepts from the suite,
 * the JoinEUI it serves, a device it knows and one it does not, and which versions and features to
 * check.
 *
 * <p>Immutable and thread-safe.
 *
 * @param senderId the NetID the suite sends as; the endpoint must accept it
 * @param senderNsid the NSID the suite sends in 1.1 requests
 * @param joinEui a JoinEUI the endpoint serves (the ReceiverID)
 * @param knownDevEui a device the endpoint knows under that JoinEUI
 * @param unknownDevEui a device it does not know
 * @param untrustedSenderId a NetID the endpoint does not accept from the suite
 * @param unservedJoinEui a JoinEUI the endpoint does not serve
 * @param versions the protocol versions to check
 * @param features the features the endpoint declares
 */
public record SuiteConfig(
        NetID senderId,
        EUI64 senderNsid,
        EUI64 joinEui,
        EUI64 knownDevEui,
        EUI64 unknownDevEui,
        NetID untrustedSenderId,
        EUI64 unservedJoinEui,
        Set<ProtocolVersion> versions,
        Set<Feature> features) {

    /** Copies the sets (keeping their order) and checks the values. */
    public SuiteConfig {
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(senderNsid, "senderNsid");
        Objects.requireNonNull(joinEui, "joinEui");
        Objects.requireNonNull(knownDevEui, "knownDevEui");
        Objects.requireNonNull(unknownDevEui, "unknownDevEui");
        Objects.requireNonNull(untrustedSenderId, "untrustedSenderId");
        Objects.requireNonNull(unservedJoinEui, "unservedJoinEui");
        versions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(versions));
        features = features.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
        for (ProtocolVersion v : versions) {
            if (!v.isSupported()) {
                throw new IllegalArgumentException("cannot check version " + v);
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no version to check");
        }
        if (knownDevEui.equals(unknownDevEui)) {
            throw new IllegalArgumentException("the known and the unknown DevEUI are the same");
        }
        if (senderId.equals(untrustedSenderId)) {
            throw new IllegalArgumentException("the sender and the untrusted sender are the same");
        }
        if (joinEui.equals(unservedJoinEui)) {
            throw new IllegalArgumentException("the served and the unserved JoinEUI are the same");
        }
    }

    /** A builder; sender, JoinEUI and known DevEUI are required, the rest have defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SuiteConfig}. Not thread-safe. */
    public static final class Builder {
        private @Nullable NetID senderId;
        private EUI64 senderNsid = EUI64.parse("0000000000000001");
        private @Nullable EUI64 joinEui;
        private @Nullable EUI64 knownDevEui;
        private EUI64 unknownDevEui = EUI64.parse("FFFFFFFFFFFFFFFE");
        private NetID untrustedSenderId = NetID.parse("7FFFFF");
        private EUI64 unservedJoinEui = EUI64.parse("FFFFFFFFFFFFFFFD");
        private Set<ProtocolVersion> versions = new LinkedHashSet<>(List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1));
        private final Set<Feature> features = EnumSet.noneOf(Feature.class);

        private Builder() {}

        /** The NetID the suite sends as. */
        public Builder senderId(NetID value) {
            this.senderId = value;
            return this;
        }

        /** The NSID sent in 1.1 requests (default 0000000000000001). */
        public Builder senderNsid(EUI64 value) {
            this.senderNsid = value;
            return this;
        }

        /** A JoinEUI the endpoint serves. */
        public Builder joinEui(EUI64 value) {
            this.joinEui = value;
            return this;
        }

        /** A device the endpoint knows. */
        public Builder knownDevEui(EUI64 value) {
            this.knownDevEui = value;
            return this;
        }

        /** A device the endpoint does not know (default FFFFFFFFFFFFFFFE). */
        public Builder unknownDevEui(EUI64 value) {
            this.unknownDevEui = value;
            return this;
        }

        /** A NetID the endpoint does not accept from the suite (default 7FFFFF). */
        public Builder untrustedSenderId(NetID value) {
            this.untrustedSenderId = value;
            return this;
        }

        /** A JoinEUI the endpoint does not serve (default FFFFFFFFFFFFFFFD). */
        public Builder unservedJoinEui(EUI64 value) {
            this.unservedJoinEui = value;
            return this;
        }

        /** The versions to check (default 1.0 and 1.1). */
        public Builder versions(Set<ProtocolVersion> value) {
            this.versions = new LinkedHashSet<>(value);
            return this;
        }

        /** Declares features the endpoint implements. */
        public Builder features(Feature... value) {
            features.addAll(List.of(value));
            return this;
        }

        /** The configuration. */
        public SuiteConfig build() {
            return new SuiteConfig(Objects.requireNonNull(senderId, "senderId"), senderNsid,
                    Objects.requireNonNull(joinEui, "joinEui"), Objects.requireNonNull(knownDevEui, "knownDevEui"),
                    unknownDevEui, untrustedSenderId, unservedJoinEui, versions, features);
        }
    }
}
