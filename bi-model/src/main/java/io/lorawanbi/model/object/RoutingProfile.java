package io.lorawanbi.model.object;

import io.lorawanbi.model.WireName;
import org.jspecify.annotations.Nullable;

/**
 * A routing profile: where a device's application traffic goes (TS002 §3.3 "RoutingProfile"). No
 * message of 1.0 or 1.1 studied here carries it; it is modelled for completeness.
 *
 * <p>Immutable and thread-safe; rules are checked by validation.
 *
 * @param routingProfileId {@code RoutingProfileID}: the routing-profile ID (optional)
 * @param asId {@code AS-ID}: the Application Server's identifier (optional)
 */
public record RoutingProfile(
        @WireName("RoutingProfileID") @Nullable String routingProfileId,
        @WireName("AS-ID") @Nullable String asId) {
}
