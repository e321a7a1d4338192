/**
 * An adapter that serves a {@link io.lorawanbi.server.BiServer} on the JDK's built-in HTTP server
 * ({@code com.sun.net.httpserver}), over HTTP or HTTPS with client certificates.
 */
@NullMarked
package io.lorawanbi.server.jdk;

import org.jspecify.annotations.NullMarked;
