package care.needlepoint.clients.audit.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.audit.domain.AuditReader;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.paging.PageRequest;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed a client's record, screenings and consents. Append-only.")
public class AuditResource {

    @Inject
    AuditReader audit;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listClientAuditEvents", summary = "Read a client's audit trail",
            description = "Every read and change of the client, its screenings and consents, newest first. "
                    + "Reading the trail is itself audited.")
    @APIResponse(responseCode = "200", description = "One page of audit events, newest first.")
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public Page<AuditEventView> list(
            @Parameter(description = "The client's id.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
            @PathParam("clientId") UUID clientId,
            @BeanParam PageRequest page) {
        return audit.trail(clientId, page.cursor(), page.limit());
    }
}
