/**
 * AssertJ assertions on Backend Interfaces answers: {@link io.lorawanbi.testkit.assertions.BiAssertions}
 * is the entry point; {@code answers(request)} checks the whole answer header derived from a request
 * (docs/reference.md §2.3), and every failure message names each member that differs, with the expected and
 * the actual value.
 *
 * <p>AssertJ ({@code org.assertj:assertj-core}) is not brought in by the test kit: the build that uses
 * these assertions supplies it.
 */
@NullMarked
package io.lorawanbi.testkit.assertions;

import org.jspecify.annotations.NullMarked;
