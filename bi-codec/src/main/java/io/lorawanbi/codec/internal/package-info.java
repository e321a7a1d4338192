/** The wire-format engine: field tables and Jackson streaming. Not exported. */
@NullMarked
package io.lorawanbi.codec.internal;

import org.jspecify.annotations.NullMarked;
