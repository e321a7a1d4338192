/**
 * The versioned JSON codec of the LoRaWAN Backend Interfaces 1.0 and 1.1: {@link io.lorawanbi.codec.BiCodec},
 * its limits and its typed errors. No JSON library type appears in this API.
 */
@NullMarked
package io.lorawanbi.codec;

import org.jspecify.annotations.NullMarked;
