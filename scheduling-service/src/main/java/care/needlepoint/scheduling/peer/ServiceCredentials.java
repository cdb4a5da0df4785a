package care.needlepoint.scheduling.peer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own credential for reading other services' facts (docs/decisions/0007-service-credentials.md): a
 * bearer token with the {@code service} role, sent with the name of the person the call is made for.
 */
@ApplicationScoped
public class ServiceCredentials {

    /** Names the person a service acts for; the callee audits it and never grants rights because of it. */
    public static final String ON_BEHALF_OF = "Needlepoint-On-Behalf-Of";

    /**
     * The service token (env NEEDLEPOINT_SERVICE_TOKEN): issued to scheduling-service by the identity provider, minted
     * by deploy/local and the tests. Never logged.
     */
    @ConfigProperty(name = "needlepoint.service-token")
    String token;

    String authorization() {
        return "Bearer " + token;
    }
}
