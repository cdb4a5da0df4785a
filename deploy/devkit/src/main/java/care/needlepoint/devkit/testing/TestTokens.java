package care.needlepoint.devkit.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import care.needlepoint.devkit.jwt.SigningKeys;
import care.needlepoint.devkit.jwt.TokenMinter;

/**
 * Real, signed bearer tokens for tests, made with the key pair {@link ServiceTestResource} generated for this run.
 * Call only while a Quarkus test application is running (the key is read from its configuration).
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A valid token for a user with one role; the subject names the role so audit entries are recognisable. */
    public static String forRole(String role) {
        return forUser("test-" + role, role);
    }

    public static String forUser(String subject, String... roles) {
        return minter().issue(subject, List.of(roles), Duration.ofMinutes(10));
    }

    public static String expired(String role) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return minter().issue("test-" + role, List.of(role), issued, issued.plus(Duration.ofHours(1)));
    }

    /** Signed by the trusted key, but naming no subject: nobody to audit, so the services refuse it. */
    public static String withoutSubject(String role) {
        return minter().issue(null, List.of(role), Duration.ofMinutes(10));
    }

    /** Well-formed and signed, but by a key the service does not trust. */
    public static String signedByUnknownKey(String role) {
        return new TokenMinter(SigningKeys.generate(), ServiceTestResource.ISSUER)
                .issue("test-" + role, List.of(role), Duration.ofMinutes(10));
    }

    /** Signed by the trusted key, but claiming another issuer. */
    public static String fromOtherIssuer(String role) {
        return new TokenMinter(keys(), "https://someone-else.example/issuer")
                .issue("test-" + role, List.of(role), Duration.ofMinutes(10));
    }

    private static TokenMinter minter() {
        return new TokenMinter(keys(), ServiceTestResource.ISSUER);
    }

    private static SigningKeys keys() {
        var config = ConfigProvider.getConfig();
        String privatePem = config.getValue(ServiceTestResource.SIGNING_KEY_PROPERTY, String.class);
        String publicPem = config.getValue("mp.jwt.verify.publickey", String.class);
        return new SigningKeys(SigningKeys.parsePrivate(privatePem), SigningKeys.parsePublic(publicPem));
    }
}
