/** Implementation details of the test kit. Not exported. */
@NullMarked
package io.lorawanbi.testkit.internal;

import org.jspecify.annotations.NullMarked;
