package io.lorawanbi.model.object;

import io.lorawanbi.model.VendorID;
import io.lorawanbi.model.WireName;
import org.jspecify.annotations.Nullable;

/**
 * A vendor-specific extension of a message (TS002 §2.1 "VSExtension"): the vendor's IEEE OUI and an
 * opaque JSON object whose meaning the vendor defines. The Things Stack, for example, puts
 * {@code {"TTSV3":{"HTenantID":…,"HNSAddress":…}}} under VendorID {@code EC656E} in HomeNSAns.
 *
 * <p>Both members are optional because peers send {@code "VSExtension":{}} (brocaar).
 *
 * <p>Immutable and thread-safe.
 *
 * @param vendorId {@code VendorID}: the vendor's OUI (optional)
 * @param object {@code Object}: the vendor's data, any JSON value, kept as it came (optional)
 */
public record VSExtension(
        @WireName("VendorID") @Nullable VendorID vendorId,
        @WireName("Object") @Nullable JsonValue object) {

    /** An extension of a vendor with its object. */
    public static VSExtension of(VendorID vendorId, JsonValue object) {
        return new VSExtension(vendorId, object);
    }
}
