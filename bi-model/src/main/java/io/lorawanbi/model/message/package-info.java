/**
 * Every message of the LoRaWAN Backend Interfaces 1.0 and 1.1 as an immutable record named as in the
 * specification, under the sealed hierarchy {@link io.lorawanbi.model.message.BiMessage}, with the
 * common {@link io.lorawanbi.model.message.Header} and {@link io.lorawanbi.model.message.Result}.
 */
@NullMarked
package io.lorawanbi.model.message;

import org.jspecify.annotations.NullMarked;
