package care.needlepoint.treatments.support;

import care.needlepoint.devkit.testing.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test in this module runs against a real PostgreSQL, in the "treatments" schema through the "treatments" role,
 * verifies real signed tokens, and calls a real clients-service started from its packaged jar (see devkit's
 * ServiceTestResource and PeerServices; build it once with ./mvnw -pl clients-service package -DskipTests). Declared
 * once here for all test classes.
 */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = { @ResourceArg(name = ServiceTestResource.SCHEMA, value = "treatments"),
                @ResourceArg(name = ServiceTestResource.PEERS, value = "clients") })
public final class TreatmentsTestEnvironment {

    private TreatmentsTestEnvironment() {
    }
}
