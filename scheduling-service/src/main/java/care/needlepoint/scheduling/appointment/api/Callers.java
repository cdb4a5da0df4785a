package care.needlepoint.scheduling.appointment.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import care.needlepoint.scheduling.appointment.domain.Caller;
import care.needlepoint.scheduling.platform.security.CurrentUser;
import care.needlepoint.scheduling.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** The current request's caller as the booking rules see it. */
@RequestScoped
public class Callers {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser currentUser;

    public Caller current() {
        boolean admin = identity.hasRole(Roles.ADMIN);
        boolean desk = identity.hasRole(Roles.FRONT_DESK) || identity.hasRole(Roles.INTEGRATION);
        return new Caller(currentUser.subject(), admin, !admin && !desk && identity.hasRole(Roles.PRACTITIONER));
    }
}
