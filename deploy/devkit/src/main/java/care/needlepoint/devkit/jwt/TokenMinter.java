package care.needlepoint.devkit.jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens the way Needlepoint's services expect them: RS256, the configured issuer, the user in
 * {@code sub}, the roles in {@code groups}.
 */
public final class TokenMinter {

    /** The roles the services know; see docs/decisions/0003-jwt-roles.md. */
    public static final Set<String> ROLES = Set.of("front-desk", "practitioner", "admin", "integration", "service");

    private final SigningKeys keys;
    private final String issuer;

    public TokenMinter(SigningKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    public String issue(String subject, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        return issue(subject, roles, now, now.plus(lifetime));
    }

    /** Any validity window, including ones already over: tests need expired tokens too. A null subject is left out. */
    public String issue(String subject, List<String> roles, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        if (subject != null) {
            claims.setSubject(subject);
        }
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }
}
