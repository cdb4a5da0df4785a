package care.needlepoint.treatments.protocol.api;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.idempotency.Idempotency;
import care.needlepoint.treatments.platform.idempotency.IdempotentResult;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.paging.PageRequest;
import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.ProtocolService;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

@Path("/api/v1/protocols")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocols", description = "The clinic's catalogue of treatment protocols: what each treats, where, at "
        + "which needle depths, with which numbing, in how many sessions how far apart, and the aftercare.")
public class ProtocolResource {

    @Inject
    ProtocolService protocols;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProtocol", summary = "Create a protocol",
            description = "Adds a protocol to the catalogue. Fields that contradict each other (a minimum above its "
                    + "maximum, a default outside its range, REQUIRED numbing without a dwell time, a HOME protocol "
                    + "deeper than 0.50 mm) are a 400 naming the field. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new protocol.",
            headers = { @Header(name = "Location", description = "URL of the new protocol"),
                    @Header(name = "ETag", description = "Version of the new protocol") },
            content = @Content(schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "409", description = "Another protocol already has this code; the detail names it.")
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ProtocolFields fields) {
        return idempotency.execute(idempotencyKey, "createProtocol", fields, () -> {
            ProtocolView created = protocols.create(fields);
            URI location = UriBuilder.fromResource(ProtocolResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listProtocols", summary = "List protocols",
            description = "Protocols ordered by name and id, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of protocols.")
    public Page<ProtocolView> list(
            @Parameter(description = "Only protocols carried out in this setting.",
                    schema = @Schema(implementation = TreatmentSetting.class))
            @QueryParam("setting") String setting,
            @Parameter(description = "Only protocols for this indication.",
                    schema = @Schema(implementation = Indication.class))
            @QueryParam("indication") String indication,
            @BeanParam PageRequest page) {
        return protocols.list(QueryParameters.enumValue("setting", setting, TreatmentSetting.class),
                QueryParameters.enumValue("indication", indication, Indication.class), page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getProtocol", summary = "Read a protocol")
    @APIResponse(responseCode = "200", description = "The protocol; ETag carries its version.",
            headers = @Header(name = "ETag", description = "Version of the protocol"),
            content = @Content(schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "404", description = "No protocol with this id.")
    public Response get(@PathParam("id") UUID id) {
        ProtocolView protocol = protocols.get(id);
        return Response.ok(protocol).tag(EntityTags.of(protocol.version())).build();
    }

    /**
     * Reads an enum query parameter. JAX-RS would answer an unknown value with 404 ("no such resource"), which
     * misleads; reading it here gives the caller a 400 naming the parameter and its allowed values.
     */
}
