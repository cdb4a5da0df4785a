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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.platform.idempotency.Idempotency;
import care.needlepoint.treatments.platform.idempotency.IdempotentResult;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.paging.PageRequest;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.ProtocolService;
import care.needlepoint.treatments.protocol.domain.ProtocolVersion;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

@Path("/api/v1/protocols")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Protocols", description = "The clinic's catalogue of treatment protocols: what each treats, where, at "
        + "which needle depths per area and device, with which numbing, in how many sessions how far apart, the "
        + "aftercare and serums, which screening answers block or warn, and for home programmes the depth "
        + "progression. Editing a protocol creates a new version; earlier versions stay readable and unchanged.")
public class ProtocolResource {

    private static final String READERS_NOTE = " Readable by front-desk, practitioner, admin, integration and service.";

    @Inject
    ProtocolService protocols;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProtocol", summary = "Create a protocol",
            description = "Adds a protocol to the catalogue as version 1. Fields that contradict each other (a "
                    + "minimum above its maximum, a treatment area without a depth limit, numbing without its agent, "
                    + "a window on a screening item that has no date, a HOME protocol deeper than 0.75 mm or without "
                    + "a progression, ...) are a 400 naming the field. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new protocol.",
            headers = { @Header(name = "Location", description = "URL of the new protocol"),
                    @Header(name = "ETag", description = "Version of the new protocol: \"1\"") },
            content = @Content(schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "409", description = "Another protocol already has this code; the detail names it.")
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ProtocolFields fields) {
        return idempotency.execute(idempotencyKey, "createProtocol", fields, () -> {
            ProtocolView created = ProtocolView.of(protocols.create(fields));
            URI location = UriBuilder.fromResource(ProtocolResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION, Roles.SERVICE })
    @Operation(operationId = "listProtocols", summary = "List protocols",
            description = "The current version of each protocol, ordered by name and id, one page at a time."
                    + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of protocols (current versions).")
    public Page<ProtocolView> list(
            @Parameter(description = "Only protocols carried out in this setting.",
                    schema = @Schema(implementation = TreatmentSetting.class))
            @QueryParam("setting") String setting,
            @Parameter(description = "Only protocols for this indication.",
                    schema = @Schema(implementation = Indication.class))
            @QueryParam("indication") String indication,
            @Parameter(description = "Only protocols that treat this body area (docs/domain.md body-area).",
                    schema = @Schema(implementation = BodyArea.class))
            @QueryParam("area") String area,
            @BeanParam PageRequest page) {
        return views(protocols.list(QueryParameters.enumValue("setting", setting, TreatmentSetting.class),
                QueryParameters.enumValue("indication", indication, Indication.class),
                QueryParameters.enumValue("area", area, BodyArea.class), page.cursor(), page.limit()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION, Roles.SERVICE })
    @Operation(operationId = "getProtocol", summary = "Read a protocol's current version",
            description = "The protocol as it is now; its ETag is the version to send in If-Match when editing."
                    + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The current version; ETag carries its number.",
            headers = @Header(name = "ETag", description = "Number of the current version, e.g. \"3\""),
            content = @Content(schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "404", description = "No protocol with this id.")
    public Response get(@Parameter(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
            @PathParam("id") UUID id) {
        return withTag(protocols.current(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateProtocol", summary = "Edit a protocol into a new version",
            description = "Replaces the protocol's fields by creating its next version, which becomes current; "
                    + "earlier versions stay unchanged and courses keep the version they started with. Requires "
                    + "If-Match with the ETag of the current version. The code cannot change. An edit that changes "
                    + "nothing creates no version and answers with the current one. The same consistency rules as "
                    + "for creating apply.")
    @APIResponse(responseCode = "200", description = "The new current version (or the unchanged current one); "
            + "ETag carries its number and Content-Location names the version.",
            headers = { @Header(name = "ETag", description = "Number of the now current version"),
                    @Header(name = "Content-Location", description = "URL of that version") },
            content = @Content(schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "404", description = "No protocol with this id.")
    @APIResponse(responseCode = "412", description = "The protocol has a newer version than the If-Match names; "
            + "read it again and reapply the change.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(
            @Parameter(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the current version, from the caller's last read.", example = "\"1\"",
                    required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ProtocolFields fields) {
        ProtocolView updated = ProtocolView.of(protocols.update(id, EntityTags.requiredVersion(ifMatch), fields));
        return Response.ok(updated).tag(EntityTags.of(updated.version()))
                .contentLocation(versionUri(updated.id(), updated.version())).build();
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION, Roles.SERVICE })
    @Operation(operationId = "listProtocolVersions", summary = "List a protocol's versions",
            description = "Every version of the protocol, newest first, one page at a time." + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "One page of versions, newest first.")
    @APIResponse(responseCode = "404", description = "No protocol with this id.")
    public Page<ProtocolView> versions(
            @Parameter(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
            @PathParam("id") UUID id,
            @BeanParam PageRequest page) {
        return views(protocols.versions(id, page.cursor(), page.limit()));
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION, Roles.SERVICE })
    @Operation(operationId = "getProtocolVersion", summary = "Read one version of a protocol",
            description = "A version as it was created, current or not; versions never change, so a course can "
                    + "always read the one it follows." + READERS_NOTE)
    @APIResponse(responseCode = "200", description = "The version; ETag carries its number.",
            headers = @Header(name = "ETag", description = "The version's number"),
            content = @Content(schema = @Schema(implementation = ProtocolView.class)))
    @APIResponse(responseCode = "404", description = "No protocol with this id, or it has no such version.")
    public Response version(
            @Parameter(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
            @PathParam("id") UUID id,
            @Parameter(description = "The version's number, from 1.", example = "2",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "2147483647"))
            @PathParam("version") int version) {
        return withTag(protocols.version(id, version));
    }

    private static Response withTag(ProtocolVersion version) {
        ProtocolView view = ProtocolView.of(version);
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    private static Page<ProtocolView> views(Page<ProtocolVersion> page) {
        return new Page<>(page.items().stream().map(ProtocolView::of).toList(), page.nextCursor());
    }

    private static URI versionUri(UUID id, int version) {
        return UriBuilder.fromResource(ProtocolResource.class).path("{id}/versions/{version}").build(id, version);
    }
}
