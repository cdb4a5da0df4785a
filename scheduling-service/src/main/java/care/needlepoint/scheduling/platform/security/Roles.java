package care.needlepoint.scheduling.platform.security;

/** The roles a bearer token may carry in its {@code groups} claim (docs/decisions/0003-jwt-roles.md). */
public final class Roles {

    public static final String FRONT_DESK = "front-desk";
    public static final String PRACTITIONER = "practitioner";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";
    /** Another Needlepoint service reading the facts it needs (docs/decisions/0007-service-credentials.md). */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
