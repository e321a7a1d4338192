/** Key fetching and signature checks behind the public verifiers; not an API. */
@NullMarked
package io.lorawanbi.auth.jwt.internal;

import org.jspecify.annotations.NullMarked;
