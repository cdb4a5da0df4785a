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
 * <p>Use with the init argument {@value #SCHEMA} naming the service's schema, and {@value #PEERS} naming the services
 * it calls, which then run as real processes (PeerServices).
 */
public final class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String SCHEMA = "schema";
    /** Init argument: the services this one calls, by schema name in dependency order ("clients,treatments"). */
    public static final String PEERS = "peers";
    public static final String ISSUER = "https://needlepoint.test/issuer";

    static final String SIGNING_KEY_PROPERTY = "needlepoint.test.jwt.signing-key";

    private static SigningKeys runKeys;

    private String schema;
    private List<String> peers = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.get(SCHEMA);
        if (schema == null) {
            throw new IllegalArgumentException("ServiceTestResource needs the init argument '" + SCHEMA + "'");
        }
        String named = initArgs.get(PEERS);
        if (named != null && !named.isBlank()) {
            peers = List.of(named.split("\\s*,\\s*"));
        }
    }

    @Override
    public Map<String, String> start() {
        ServiceDatabase database = TestDatabase.forService(schema);
        SigningKeys keys = keysOfThisRun();

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
        // The services this one calls run for real; see PeerServices. They trust the key of the first start.
        config.putAll(PeerServices.start(peers, keys, ISSUER));
        return config;
    }

    /** One key pair per test JVM: the service restarted with another profile and its peers must trust the same key. */
    private static synchronized SigningKeys keysOfThisRun() {
        if (runKeys == null) {
            runKeys = SigningKeys.generate();
        }
        return runKeys;
    }

    @Override
    public void stop() {
        // The database outlives a single Quarkus start: a later test class with another profile reuses it, and the
        // JVM's shutdown hook stops it at the end of the run.
    }
}
