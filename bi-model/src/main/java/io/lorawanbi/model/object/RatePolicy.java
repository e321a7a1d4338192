package io.lorawanbi.model.object;

/**
 * What happens to traffic over a rate limit (TS002 §3.3 "ServiceProfile": {@code ULRatePolicy},
 * {@code DLRatePolicy}). Constant names are the wire values.
 */
public enum RatePolicy {
    /** Traffic over the rate is dropped. */
    Drop,
    /** Traffic over the rate is marked. */
    Mark
}
