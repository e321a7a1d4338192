/**
 * The versioned JSON codec of the LoRaWAN Backend Interfaces (TS002) 1.0 and 1.1.
 *
 * <p>This module is a placeholder until the codec lands; it exports nothing yet.
 */
module io.lorawanbi.codec {
    requires transitive io.lorawanbi.model;
}
