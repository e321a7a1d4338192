/**
 * An adapter that serves a {@link io.lorawanbi.server.BiServer} on Jetty 12 ({@code org.eclipse.jetty.server},
 * no Servlet API): {@link io.lorawanbi.server.jetty.BiJettyServer} for a server of its own,
 * {@link io.lorawanbi.server.jetty.BiJettyHandler} to mount in an existing Jetty server.
 */
@NullMarked
package io.lorawanbi.server.jetty;

import org.jspecify.annotations.NullMarked;
