/**
 * Ready {@link io.lorawanbi.server.SenderAuthenticator}s for what Backend Interfaces peers use: TLS client
 * certificates trusted per SenderID, and bearer tokens through a pluggable verifier.
 */
@NullMarked
package io.lorawanbi.server.auth;

import org.jspecify.annotations.NullMarked;
