package care.needlepoint.scheduling.support;

import care.needlepoint.devkit.testing.ServiceTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every test in this module runs against a real PostgreSQL, in the "scheduling" schema through the "scheduling" role,
 * and verifies real signed tokens (see devkit's ServiceTestResource). Booking calls the real clients-service and
 * treatments-service, which run as processes from their packaged jars (build them first:
 * {@code ./mvnw -o -q package -DskipTests -pl clients-service,treatments-service}). Declared once here for all test classes.
 */
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = { @ResourceArg(name = ServiceTestResource.SCHEMA, value = "scheduling"),
                @ResourceArg(name = ServiceTestResource.PEERS, value = "clients,treatments") })
public final class SchedulingTestEnvironment {

    private SchedulingTestEnvironment() {
    }
}
