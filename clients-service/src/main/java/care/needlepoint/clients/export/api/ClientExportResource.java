package care.needlepoint.clients.export.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.export.domain.ClientExportService;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/clients/{clientId}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Export", description = "Everything held about a client, as one JSON document (right of access).")
public class ClientExportResource {

    @Inject
    ClientExportService exports;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "exportClient", summary = "Export all data held about a client",
            description = "The client record, every screening and consent, and the audit trail, as one JSON "
                    + "document to hand to the client. Works for erased clients too (what is left). Audited.")
    @APIResponse(responseCode = "200", description = "The export, offered as a file download.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"client-<id>.json\""),
            content = @Content(schema = @Schema(implementation = ClientExport.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public Response export(
            @Parameter(description = "The client's id.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
            @PathParam("clientId") UUID clientId) {
        return Response.ok(exports.export(clientId))
                .header("Content-Disposition", "attachment; filename=\"client-" + clientId + ".json\"")
                .build();
    }
}
