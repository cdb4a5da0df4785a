package care.needlepoint.scheduling.waitlist.api;

import java.net.URI;
import java.util.List;
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

import care.needlepoint.scheduling.appointment.api.Callers;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.platform.security.Roles;
import care.needlepoint.scheduling.waitlist.domain.WaitListEntryStatus;
import care.needlepoint.scheduling.waitlist.domain.WaitListService;

@Path("/api/v1/wait-list")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wait list", description = "Clients waiting for a slot in a window of dates. When a cancellation or a "
        + "reschedule frees time that fits, the first matching entry in queue order is offered it; an offer does not "
        + "hold the slot and lapses after the clinic's time to answer, passing the slot to the next entry.")
public class WaitListResource {

    static final String ENTRY_EXAMPLE = "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b";

    @Inject
    WaitListService waitList;

    @Inject
    Idempotency idempotency;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "addWaitListEntry", summary = "Add a client to the wait list",
            description = "Checks the practitioner (if given), the protocol with treatments-service (its current "
                    + "version sets the minutes needed, numbing included) and the client with clients-service "
                    + "(exists and is bookable); consent and eligibility are checked when an offer is accepted. The "
                    + "entry joins the end of the queue.")
    @APIResponse(responseCode = "201", description = "Added; Location names the entry.",
            headers = @Header(name = "Location", description = "URL of the entry"),
            content = @Content(schema = @Schema(implementation = WaitListEntryView.class)))
    @APIResponse(responseCode = "403", description = "The role may not add entries.")
    @APIResponse(responseCode = "422", description = "A rule refuses it: `reasons` (client-not-bookable, "
            + "practitioner-inactive); or the Idempotency-Key was used for another request.")
    @APIResponse(responseCode = "503", description = "clients-service or treatments-service could not answer; "
            + "nothing was added.")
    public Response add(
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid WaitListEntryFields fields) {
        var caller = callers.current();
        return idempotency.execute(idempotencyKey, "addWaitListEntry", fields, () -> waitList.check(fields, caller),
                checked -> {
                    WaitListEntryView added = waitList.add(checked, caller);
                    return IdempotentResult.created(location(added.id()), null, added);
                });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listWaitList", summary = "List the wait list in queue order",
            description = "Entries in queue order (when they joined, then id), optionally of one status and one "
                    + "client. ACTIVE and EXPIRED are told apart by the latest date and today's clinic date.")
    @APIResponse(responseCode = "200", description = "One page of entries.")
    public Page<WaitListEntryView> list(
            @Parameter(description = "Only entries with this status.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "ACTIVE", "BOOKED", "WITHDRAWN", "EXPIRED" }), example = "ACTIVE")
            @QueryParam("status") String status,
            @Parameter(description = "Only this client's entries.", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid"), example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
            @QueryParam("clientId") String clientId,
            @BeanParam PageRequest page) {
        return waitList.list(QueryParameters.enumValue("status", status, WaitListEntryStatus.class),
                uuid("clientId", clientId), page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "getWaitListEntry", summary = "Read a wait-list entry")
    @APIResponse(responseCode = "200", description = "The entry.",
            content = @Content(schema = @Schema(implementation = WaitListEntryView.class)))
    @APIResponse(responseCode = "404", description = "No entry with this id.")
    public WaitListEntryView get(@Parameter(description = "The entry's id.", example = ENTRY_EXAMPLE)
            @PathParam("id") UUID id) {
        return waitList.get(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "withdrawWaitListEntry", summary = "Take a client off the wait list",
            description = "ACTIVE → WITHDRAWN with the reason and who. An open offer of the entry is withdrawn and "
                    + "its slot passes to the next matching entry.")
    @APIResponse(responseCode = "200", description = "Withdrawn.",
            content = @Content(schema = @Schema(implementation = WaitListEntryView.class)))
    @APIResponse(responseCode = "404", description = "No entry with this id.")
    @APIResponse(responseCode = "409", description = "Not ACTIVE (`currentStatus`: BOOKED, WITHDRAWN or EXPIRED).")
    public WaitListEntryView withdraw(@Parameter(description = "The entry's id.", example = ENTRY_EXAMPLE)
            @PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid WithdrawalFields fields) {
        return waitList.withdraw(id, fields.reason(), callers.current());
    }

    @GET
    @Path("{id}/offers")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listWaitListEntryOffers", summary = "List the offers made to one entry",
            description = "Oldest first; one page holds all of them.")
    @APIResponse(responseCode = "200", description = "The offers.")
    @APIResponse(responseCode = "404", description = "No entry with this id.")
    public Page<WaitListOfferView> offers(@Parameter(description = "The entry's id.", example = ENTRY_EXAMPLE)
            @PathParam("id") UUID id) {
        List<WaitListOfferView> items = waitList.offersOf(id);
        return new Page<>(items, null);
    }

    static URI location(UUID id) {
        return UriBuilder.fromResource(WaitListResource.class).path("{id}").build(id);
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", name, "must be a UUID");
        }
    }
}
