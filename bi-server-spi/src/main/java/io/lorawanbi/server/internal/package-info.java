/** Implementation details of the server. Not exported. */
@NullMarked
package io.lorawanbi.server.internal;

import org.jspecify.annotations.NullMarked;
