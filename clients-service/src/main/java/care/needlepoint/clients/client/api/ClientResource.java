package care.needlepoint.clients.client.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.client.domain.ClientService;
import care.needlepoint.clients.platform.http.EntityTags;
import care.needlepoint.clients.platform.idempotency.Idempotency;
import care.needlepoint.clients.platform.idempotency.IdempotentResult;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.paging.PageRequest;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The people the clinic treats: contact details and time zone.")
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "createClient", summary = "Create a client",
            description = "Creates a client record. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new client.",
            headers = { @Header(name = "Location", description = "URL of the new client"),
                    @Header(name = "ETag", description = "Version of the new client") },
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ClientFields fields) {
        return idempotency.execute(idempotencyKey, "createClient", fields, () -> {
            ClientView created = clients.create(fields);
            URI location = UriBuilder.fromResource(ClientResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listClients", summary = "List clients",
            description = "Clients ordered by family name, given name and id, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of clients.")
    public Page<ClientView> list(
            @Parameter(description = "Only clients with exactly this family name.", example = "Okafor")
            @QueryParam("familyName") @Size(max = 100) String familyName,
            @BeanParam PageRequest page) {
        return clients.list(familyName, page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getClient", summary = "Read a client")
    @APIResponse(responseCode = "200", description = "The client; ETag carries its version.",
            headers = @Header(name = "ETag", description = "Version to send in If-Match when updating"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public Response get(@PathParam("id") UUID id) {
        ClientView client = clients.get(id);
        return Response.ok(client).tag(EntityTags.of(client.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "updateClient", summary = "Replace a client's fields",
            description = "Requires If-Match with the ETag from the caller's last read.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    @APIResponse(responseCode = "412", description = "The client changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag from the caller's last read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ClientFields fields) {
        ClientView updated = clients.update(id, EntityTags.requiredVersion(ifMatch), fields);
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }
}
