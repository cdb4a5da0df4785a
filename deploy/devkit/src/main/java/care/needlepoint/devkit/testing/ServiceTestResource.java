package care.needlepoint.devkit.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;
import care.needlepoint.devkit.postgres.ServiceDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a service under test what production gives it: a real PostgreSQL schema reached through the service's own
 * role, and a public key to verify bearer tokens against. The matching private key travels in test-only
 * configuration so that {@link TestTokens} can sign real tokens; production never has one.
 *
 * <p>Use with the init argument {@value #SCHEMA} naming the service's schema.
 */
public final class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String SCHEMA = "schema";
    public static final String ISSUER = "https://needlepoint.test/issuer";

    static final String SIGNING_KEY_PROPERTY = "needlepoint.test.jwt.signing-key";

    private String schema;

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.get(SCHEMA);
        if (schema == null) {
            throw new IllegalArgumentException("ServiceTestResource needs the init argument '" + SCHEMA + "'");
        }
    }

    @Override
    public Map<String, String> start() {
        ServiceDatabase database = TestDatabase.forService(schema);
        SigningKeys keys = SigningKeys.generate();

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        config.put("mp.jwt.verify.publickey", keys.publicKeyPem());
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put(SIGNING_KEY_PROPERTY, keys.privateKeyPem());
        // The service's own credential for reads from the other services (docs/decisions/0007-service-credentials.md).
        config.put("needlepoint.service-token", new TokenMinter(keys, ISSUER)
                .issue(schema + "-service", List.of("service"), Duration.ofDays(1)));
        return config;
    }

    @Override
    public void stop() {
        // The database outlives a single Quarkus start: a later test class with another profile reuses it, and the
        // JVM's shutdown hook stops it at the end of the run.
    }
}
