package io.lorawanbi.testkit.docs;

import io.lorawanbi.testkit.conformance.ConformanceTarget;
import io.lorawanbi.testkit.junit.HomeNSConformanceTests;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The docs/testkit.md example of the contract in a test class with its own superclass, run by the
 * build against the library's own server on a loopback port: every rule passes.
 */
class OwnSuperclassExampleTest extends IntegrationTestBase {

    // tag::factory[]
    @TestFactory
    Stream<DynamicNode> homeNsConformance() {
        return HomeNSConformanceTests.dynamicTests(ConformanceTarget.http(endpoint()), config());
    }
    // end::factory[]
}
