package care.needlepoint.clients.client.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

import care.needlepoint.clients.client.domain.ClientSearch;
import care.needlepoint.clients.client.domain.ClientService;
import care.needlepoint.clients.client.domain.ClientSort;
import care.needlepoint.clients.client.domain.ClientStatus;
import care.needlepoint.clients.platform.http.EntityTags;
import care.needlepoint.clients.platform.http.QueryParameters;
import care.needlepoint.clients.platform.idempotency.Idempotency;
import care.needlepoint.clients.platform.idempotency.IdempotentResult;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.paging.PageRequest;
import care.needlepoint.clients.platform.problem.Problems;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients", description = "The people the clinic treats: contact details, time zone, skin type and "
        + "concerns, marketing choices; archive, restore and erasure.")
public class ClientResource {

    private static final String ID_EXAMPLE = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55";

    @Inject
    ClientService clients;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "createClient", summary = "Create a client",
            description = "Creates a client record. Send an Idempotency-Key to make retries safe. A client with the "
                    + "same email, or the same name and date of birth, is refused with 409 naming the existing "
                    + "clients in the `duplicates` member, unless `confirmDuplicate=true` says this is another person.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new client.",
            headers = { @Header(name = "Location", description = "URL of the new client"),
                    @Header(name = "ETag", description = "Version of the new client") },
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "409", description = "A likely duplicate exists; the problem's `duplicates` lists "
            + "`{id, matchedOn: [EMAIL | NAME_AND_DATE_OF_BIRTH]}` for each.")
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Parameter(description = "true: create even though a client with the same email, or name and date of "
                    + "birth, exists (the caller checked that this is another person).",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("confirmDuplicate") String confirmDuplicate,
            @NotNull(message = "a JSON body is required") @Valid ClientFields fields) {
        boolean confirmed = Boolean.TRUE.equals(QueryParameters.booleanValue("confirmDuplicate", confirmDuplicate));
        String operation = confirmed ? "createClient?confirmDuplicate" : "createClient";
        return idempotency.execute(idempotencyKey, operation, fields, () -> {
            ClientView created = clients.create(fields, confirmed);
            URI location = UriBuilder.fromResource(ClientResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listClients", summary = "Search and list clients",
            description = "Clients matching every filter given, one page at a time. Order: `sort=name` (the default) "
                    + "is family name, then given name (case- and accent-free), then id; `sort=updatedAt` is oldest "
                    + "change first, then id — use it with `updatedSince` to sync. Every client shown is audited.")
    @APIResponse(responseCode = "200", description = "One page of clients; an empty page when none match.")
    public Page<ClientView> list(
            @Parameter(description = "A fragment of the given, preferred or family name, case- and accent-free; "
                    + "several words must all match (\"ame oka\" finds Amelia Okafor).", example = "okaf",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
            @QueryParam("name") String name,
            @Parameter(description = "Exact email address, any case.", example = "amelia.okafor@example.com",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 254))
            @QueryParam("email") String email,
            @Parameter(description = "Exact phone number in E.164 form (encode + as %2B).", example = "+447700900123",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\+[1-9][0-9]{6,14}$"))
            @QueryParam("phone") String phone,
            @Parameter(description = "Exact date of birth.", example = "1988-04-17",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dateOfBirth") String dateOfBirth,
            @Parameter(description = "Only clients with these statuses; repeat for several. Default: all.",
                    example = "ACTIVE", schema = @Schema(type = SchemaType.ARRAY, maxItems = 3,
                            implementation = ClientStatus.class))
            @QueryParam("status") List<String> statuses,
            @Parameter(description = "Only clients changed at or after this instant (RFC 3339 with offset; encode + "
                    + "as %2B). Erasures count as changes, so a sync sees them.", example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "The order: name (default) or updatedAt.", example = "name",
                    schema = @Schema(implementation = ClientSort.class, defaultValue = "name"))
            @QueryParam("sort") String sort,
            @BeanParam PageRequest page) {
        ClientSearch search = new ClientSearch(
                text("name", name, 100),
                text("email", email, 254),
                phone(phone),
                QueryParameters.dateValue("dateOfBirth", dateOfBirth),
                statuses(statuses),
                QueryParameters.instantValue("updatedSince", updatedSince),
                sort == null || sort.isBlank() ? ClientSort.name : QueryParameters.enumValue("sort", sort, ClientSort.class));
        return clients.search(search, page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getClient", summary = "Read a client")
    @APIResponse(responseCode = "200", description = "The client; ETag carries its version.",
            headers = @Header(name = "ETag", description = "Version to send in If-Match when updating"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public Response get(@Parameter(description = "The client's id.", example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return withTag(clients.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "updateClient", summary = "Replace a client's fields",
            description = "Replaces every field a caller sets (optional fields left out are cleared). Requires "
                    + "If-Match with the ETag from the caller's last read. An erased client cannot be updated.")
    @APIResponse(responseCode = "200", description = "Updated; ETag carries the new version.",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    @APIResponse(responseCode = "409", description = "The client was erased.")
    @APIResponse(responseCode = "412", description = "The client changed since the caller read it.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@Parameter(description = "The client's id.", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The ETag from the caller's last read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ClientFields fields) {
        return withTag(clients.update(id, EntityTags.requiredVersion(ifMatch), fields));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "archiveClient", summary = "Archive a client",
            description = "An archived client is kept and listed but cannot be booked until restored. Archiving an "
                    + "archived client changes nothing. If-Match is optional; when sent, it must be current.")
    @APIResponse(responseCode = "200", description = "The client, now ARCHIVED.",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    @APIResponse(responseCode = "409", description = "The client was erased.")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the client has changed since.")
    public Response archive(@Parameter(description = "The client's id.", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag from the caller's last read.", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(clients.archive(id, optionalVersion(ifMatch)));
    }

    @POST
    @Path("{id}/restore")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "restoreClient", summary = "Restore an archived client",
            description = "Makes an archived client ACTIVE again. Restoring an active client changes nothing; an "
                    + "erased client cannot be restored. If-Match is optional; when sent, it must be current.")
    @APIResponse(responseCode = "200", description = "The client, now ACTIVE.",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    @APIResponse(responseCode = "409", description = "The client was erased.")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the client has changed since.")
    public Response restore(@Parameter(description = "The client's id.", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag from the caller's last read.", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(clients.restore(id, optionalVersion(ifMatch)));
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "eraseClient", summary = "Erase a client's personal data",
            description = "Pseudonymises contact and marketing data (names replaced, email, phone, address and notes "
                    + "removed, marketing opt-ins withdrawn, date of birth cut to its year). Screenings and consents "
                    + "are kept for clinical retention and the audit trail survives. The client becomes ERASED: "
                    + "listed, never bookable, never changed again. Erasing an erased client changes nothing.")
    @APIResponse(responseCode = "200", description = "The client, now ERASED and pseudonymised.",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the client has changed since.")
    public Response erase(@Parameter(description = "The client's id.", example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag from the caller's last read.", example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ErasureRequest request) {
        return withTag(clients.erase(id, optionalVersion(ifMatch), request.reason()));
    }

    private static Response withTag(ClientView client) {
        return Response.ok(client).tag(EntityTags.of(client.version())).build();
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
    }

    private static String text(String parameter, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw Problems.invalid("query", parameter, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    private static String phone(String value) {
        String phone = text("phone", value, 16);
        if (phone != null && !phone.matches("\\+[1-9][0-9]{6,14}")) {
            throw Problems.invalid("query", "phone", "must be an E.164 number such as +447700900123 (encode + as %2B)");
        }
        return phone;
    }

    private static Set<ClientStatus> statuses(List<String> values) {
        Set<ClientStatus> statuses = EnumSet.noneOf(ClientStatus.class);
        for (String value : values) {
            ClientStatus status = QueryParameters.enumValue("status", value, ClientStatus.class);
            if (status != null) {
                statuses.add(status);
            }
        }
        return statuses;
    }
}
