/**
 * Trust configuration for {@code bi-server-spi}'s authenticators: {@link io.lorawanbi.auth.config.SenderClientCas}
 * (SenderID to CA certificates, from a {@code config.yml}), {@link io.lorawanbi.auth.config.PemFiles}
 * and {@link io.lorawanbi.auth.config.ServerTls}.
 */
package io.lorawanbi.auth.config;
