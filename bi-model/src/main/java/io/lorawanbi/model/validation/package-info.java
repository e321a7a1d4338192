/**
 * The rules of the model as Jakarta Validation constraints: version groups, class-level constraints for
 * conditional rules, and the translation of violations into JSON member paths.
 */
@NullMarked
package io.lorawanbi.model.validation;

import org.jspecify.annotations.NullMarked;
