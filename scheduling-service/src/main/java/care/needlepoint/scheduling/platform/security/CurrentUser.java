package care.needlepoint.scheduling.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject is the user that audit entries and idempotency keys belong to. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new IllegalStateException("An authenticated request without a token subject");
        }
        return subject;
    }
}
