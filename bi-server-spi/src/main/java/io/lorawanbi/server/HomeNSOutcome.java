package io.lorawanbi.server;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.ResultCode;
import io.lorawanbi.model.object.VSExtension;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "which network is this device's home?" in domain terms; the server turns it into a
 * full HomeNSAns for the request's version (docs/reference.md §5).
 */
public sealed interface HomeNSOutcome permits HomeNSOutcome.Found, HomeNSOutcome.UnknownDevice, HomeNSOutcome.Failure {

    /**
     * The device's home network was found.
     *
     * @param homeNetId the home NetID ({@code HNetID})
     * @param homeNsId the home NS's NSID ({@code HNSID}); sent in 1.1 answers only
     * @param extension a vendor extension for the answer
     */
    record Found(NetID homeNetId, Optional<EUI64> homeNsId, Optional<VSExtension> extension) implements HomeNSOutcome {
        /** Rejects nulls. */
        public Found {
            Objects.requireNonNull(homeNetId, "homeNetId");
            Objects.requireNonNull(homeNsId, "homeNsId");
            Objects.requireNonNull(extension, "extension");
        }
    }

    /**
     * No device with that DevEUI (under that JoinEUI): answered {@code UnknownDevEUI}.
     *
     * @param description a Description for the answer, without secrets
     */
    record UnknownDevice(String description) implements HomeNSOutcome {
        /** Rejects null. */
        public UnknownDevice {
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * Any other refusal, with its code (for example {@code ActivationDisallowed}).
     *
     * @param code the ResultCode to answer with; not {@code Success}
     * @param description a Description for the answer, without secrets
     */
    record Failure(ResultCode code, String description) implements HomeNSOutcome {
        /** Rejects nulls and Success. */
        public Failure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(description, "description");
            if (code.isSuccess()) {
                throw new IllegalArgumentException("a failure cannot have the code Success");
            }
        }
    }

    /** Found, with a home NetID only. */
    static HomeNSOutcome found(NetID homeNetId) {
        return new Found(homeNetId, Optional.empty(), Optional.empty());
    }

    /** Found, with the home NetID and the home NS's NSID. */
    static HomeNSOutcome found(NetID homeNetId, EUI64 homeNsId) {
        return new Found(homeNetId, Optional.of(homeNsId), Optional.empty());
    }

    /** Unknown device. */
    static HomeNSOutcome unknownDevice() {
        return new UnknownDevice("unknown device");
    }
}
