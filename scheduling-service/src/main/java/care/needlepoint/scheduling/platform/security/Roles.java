package care.needlepoint.scheduling.platform.security;

/** The roles a bearer token may carry in its {@code groups} claim (docs/decisions/0003-jwt-roles.md). */
public final class Roles {

    public static final String FRONT_DESK = "front-desk";
    public static final String PRACTITIONER = "practitioner";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
