/**
 * Transport-agnostic answering of LoRaWAN Backend Interfaces requests: {@link io.lorawanbi.server.BiServer},
 * the handler SPI ({@link io.lorawanbi.server.HomeNSHandler}, {@link io.lorawanbi.server.BiHandler}),
 * authentication ({@link io.lorawanbi.server.SenderAuthenticator}) and answer delivery.
 */
@NullMarked
package io.lorawanbi.server;

import org.jspecify.annotations.NullMarked;
