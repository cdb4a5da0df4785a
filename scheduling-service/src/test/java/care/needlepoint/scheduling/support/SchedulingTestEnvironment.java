package care.needlepoint.scheduling.support;

import care.needlepoint.devkit.testing.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test in this module runs against a real PostgreSQL, in the "scheduling" schema through the "scheduling" role,
 * and verifies real signed tokens (see devkit's ServiceTestResource). Declared once here for all test classes.
 */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = ServiceTestResource.SCHEMA, value = "scheduling"))
public final class SchedulingTestEnvironment {

    private SchedulingTestEnvironment() {
    }
}
