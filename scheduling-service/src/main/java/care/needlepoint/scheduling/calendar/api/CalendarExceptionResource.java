package care.needlepoint.scheduling.calendar.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.platform.security.CurrentUser;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/calendar-exceptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar exceptions", description = "Time off, clinic closures and extra hours on given dates.")
public class CalendarExceptionResource {

    /** The longest range a list may ask for, so that a typo in a year cannot ask for decades. */
    static final int MAX_LIST_DAYS = 400;

    @Inject
    CalendarService calendar;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCalendarException", summary = "Record time off, a closure or extra hours",
            description = "Resolved in the clinic's zone when recorded. Appointments already booked in the time are "
                    + "not moved or cancelled.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.",
            headers = @Header(name = "Location", description = "URL of the new exception"),
            content = @Content(schema = @Schema(implementation = CalendarExceptionView.class)))
    public Response create(
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid CalendarExceptionFields fields) {
        return idempotency.execute(idempotencyKey, "createCalendarException", fields, () -> {
            CalendarExceptionView created = calendar.createException(fields, currentUser.subject());
            URI location = UriBuilder.fromResource(CalendarExceptionResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, null, created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listCalendarExceptions", summary = "List exceptions in a date range",
            description = "Exceptions overlapping the local dates from..to (inclusive, at most " + MAX_LIST_DAYS
                    + " days), the clinic's and every owner's, or one owner's; ordered by start, then id.")
    @APIResponse(responseCode = "200", description = "One page of exceptions.")
    public Page<CalendarExceptionView> list(
            @Parameter(description = "First local date.", required = true, example = "2026-12-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last local date (inclusive).", required = true, example = "2026-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only this practitioner's or room's exceptions.",
                    example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("ownerId") String ownerId,
            @BeanParam PageRequest page) {
        LocalDate first = QueryParameters.dateValue("from", from);
        LocalDate last = QueryParameters.dateValue("to", to);
        if (first == null) {
            throw Problems.invalid("query", "from", "is required");
        }
        if (last == null) {
            throw Problems.invalid("query", "to", "is required");
        }
        if (last.isBefore(first) || last.toEpochDay() - first.toEpochDay() >= MAX_LIST_DAYS) {
            throw Problems.invalid("query", "to", "must be on or after from and at most " + MAX_LIST_DAYS
                    + " days later");
        }
        UUID owner = null;
        if (ownerId != null && !ownerId.isBlank()) {
            try {
                owner = UUID.fromString(ownerId.trim());
            } catch (IllegalArgumentException e) {
                throw Problems.invalid("query", "ownerId", "must be a UUID");
            }
        }
        return calendar.listExceptions(owner, first, last, page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getCalendarException", summary = "Read an exception")
    @APIResponse(responseCode = "200", description = "The exception.",
            content = @Content(schema = @Schema(implementation = CalendarExceptionView.class)))
    @APIResponse(responseCode = "404", description = "No exception with this id.")
    public CalendarExceptionView get(
            @Parameter(description = "The exception's id.", example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9")
            @PathParam("id") UUID id) {
        return calendar.exception(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteCalendarException", summary = "Remove an exception")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "404", description = "No exception with this id.")
    public void delete(
            @Parameter(description = "The exception's id.", example = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9")
            @PathParam("id") UUID id) {
        calendar.deleteException(id);
    }
}
