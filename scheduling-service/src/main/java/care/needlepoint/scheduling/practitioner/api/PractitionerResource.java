package care.needlepoint.scheduling.practitioner.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.security.Roles;
import care.needlepoint.scheduling.practitioner.domain.PractitionerService;

@Path("/api/v1/practitioners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practitioners", description = "The people who treat clients and can be booked; each logs in with the "
        + "token subject recorded here.")
public class PractitionerResource {

    @Inject
    PractitionerService practitioners;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createPractitioner", summary = "Create a practitioner",
            description = "Creates a practitioner. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new practitioner.",
            headers = { @Header(name = "Location", description = "URL of the new practitioner"),
                    @Header(name = "ETag", description = "Version of the new practitioner") },
            content = @Content(schema = @Schema(implementation = PractitionerView.class)))
    @APIResponse(responseCode = "409", description = "A practitioner already logs in with this subject; the detail "
            + "names that practitioner's id.")
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PractitionerFields fields) {
        return idempotency.execute(idempotencyKey, "createPractitioner", fields, () -> {
            PractitionerView created = practitioners.create(fields);
            URI location = UriBuilder.fromResource(PractitionerResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listPractitioners", summary = "List practitioners",
            description = "Practitioners ordered by display name and id, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of practitioners.")
    public Page<PractitionerView> list(
            @Parameter(description = "Only active (true) or only inactive (false) practitioners; omit for all.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @BeanParam PageRequest page) {
        return practitioners.list(QueryParameters.booleanValue("active", active), page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getPractitioner", summary = "Read a practitioner")
    @APIResponse(responseCode = "200", description = "The practitioner; ETag carries its version.",
            headers = @Header(name = "ETag", description = "Version of the practitioner"),
            content = @Content(schema = @Schema(implementation = PractitionerView.class)))
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Response get(@PathParam("id") UUID id) {
        PractitionerView practitioner = practitioners.get(id);
        return Response.ok(practitioner).tag(EntityTags.of(practitioner.version())).build();
    }
}
