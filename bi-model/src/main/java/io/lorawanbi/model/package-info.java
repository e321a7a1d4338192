/**
 * Identifiers and codes of the LoRaWAN Backend Interfaces (TS002 1.0 and 1.1): EUI-64, NetID, DevAddr,
 * VendorID, hex bytes, MAC and protocol versions, MessageType and ResultCode. All value types are
 * immutable, check themselves at construction and print their canonical wire form.
 */
@NullMarked
package io.lorawanbi.model;

import org.jspecify.annotations.NullMarked;
