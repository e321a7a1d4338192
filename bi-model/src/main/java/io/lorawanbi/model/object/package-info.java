/**
 * The nested objects of Backend Interfaces messages (TS002 §3.3): key envelopes, uplink and downlink
 * metadata, gateway information, service, device and routing profiles, vendor extensions.
 */
@NullMarked
package io.lorawanbi.model.object;

import org.jspecify.annotations.NullMarked;
