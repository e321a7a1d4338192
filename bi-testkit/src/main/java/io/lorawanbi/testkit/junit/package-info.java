/**
 * The conformance suite as JUnit 5 tests: extend
 * {@link io.lorawanbi.testkit.junit.HomeNSConformanceContract}, or return
 * {@link io.lorawanbi.testkit.junit.HomeNSConformanceTests#dynamicTests} from a {@code @TestFactory}
 * method of a class with its own superclass; say where the endpoint is and what it serves, and every
 * rule runs as one test per protocol version, named after the rule and the version.
 *
 * <p>JUnit Jupiter ({@code org.junit.jupiter:junit-jupiter-api}) is not brought in by the test kit: the
 * build that runs these tests supplies it.
 */
@NullMarked
package io.lorawanbi.testkit.junit;

import org.jspecify.annotations.NullMarked;
