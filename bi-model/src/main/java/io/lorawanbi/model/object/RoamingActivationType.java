package io.lorawanbi.model.object;

/**
 * How a roaming device is activated (TS002 §3.2 "ProfileAns": {@code RoamingActivationType}).
 * Constant names are the wire values.
 */
public enum RoamingActivationType {
    /** Passive roaming. */
    Passive,
    /** Handover roaming. */
    Handover
}
