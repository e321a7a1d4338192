package io.lorawanbi.model.object;

/**
 * The LoRaWAN device class of a downlink (TS002 §3.3 "DLMetaData": {@code ClassMode}). Constant
 * names are the wire values. brocaar notes that only A and C are supported for roaming downlinks.
 */
public enum ClassMode {
    /** Class A. */
    A,
    /** Class B. */
    B,
    /** Class C. */
    C
}
