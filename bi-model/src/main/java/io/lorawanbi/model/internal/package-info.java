/**
 * Implementation details of the model. Not exported; opened for reflection so that a validation
 * provider can instantiate the constraint validators.
 */
@NullMarked
package io.lorawanbi.model.internal;

import org.jspecify.annotations.NullMarked;
