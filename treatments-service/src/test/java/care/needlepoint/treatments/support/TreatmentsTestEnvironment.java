package care.needlepoint.treatments.support;

import care.needlepoint.devkit.testing.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test in this module runs against a real PostgreSQL, in the "treatments" schema through the "treatments" role,
 * and verifies real signed tokens (see devkit's ServiceTestResource). Declared once here for all test classes.
 */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = ServiceTestResource.SCHEMA, value = "treatments"))
public final class TreatmentsTestEnvironment {

    private TreatmentsTestEnvironment() {
    }
}
