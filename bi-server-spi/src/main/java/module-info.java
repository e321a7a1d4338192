/**
 * Transport-agnostic answering of LoRaWAN Backend Interfaces requests.
 *
 * <p>This module is a placeholder until the server SPI lands; it exports nothing yet.
 */
module io.lorawanbi.server {
    requires transitive io.lorawanbi.codec;
}
