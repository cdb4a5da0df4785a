package care.needlepoint.scheduling.appointment.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars", description = "A practitioner's or room's day or week, and a client's appointments.")
public class CalendarListResource {

    /** DAY: the local date; WEEK: the seven local dates from Monday of the date's week. */
    public enum Span {
        DAY, WEEK
    }

    @Inject
    AppointmentService appointments;

    @Inject
    Callers callers;

    @GET
    @Path("practitioners/{id}/appointments")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listPractitionerAppointments", summary = "A practitioner's day or week",
            description = "Appointments and holds starting on the local day (or Monday-to-Sunday week) of `date`, by "
                    + "start then id. A practitioner may read only their own calendar.")
    @APIResponse(responseCode = "200", description = "One page of appointments.")
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Page<AppointmentView> practitioner(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @Parameter(description = "A local date in the day or week.", required = true, example = "2026-03-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Parameter(description = "DAY (default) or WEEK.", example = "WEEK",
                    schema = @Schema(implementation = Span.class))
            @QueryParam("span") String span,
            @BeanParam PageRequest page) {
        return list(OwnerKind.PRACTITIONER, id, date, span, page);
    }

    @GET
    @Path("rooms/{id}/appointments")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listRoomAppointments", summary = "A room's day or week",
            description = "Appointments and holds in the room starting on the local day (or week) of `date`.")
    @APIResponse(responseCode = "200", description = "One page of appointments.")
    @APIResponse(responseCode = "404", description = "No room with this id.")
    public Page<AppointmentView> room(
            @Parameter(description = "The room's id.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @PathParam("id") UUID id,
            @Parameter(description = "A local date in the day or week.", required = true, example = "2026-03-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Parameter(description = "DAY (default) or WEEK.", example = "DAY",
                    schema = @Schema(implementation = Span.class))
            @QueryParam("span") String span,
            @BeanParam PageRequest page) {
        return list(OwnerKind.ROOM, id, date, span, page);
    }

    @GET
    @Path("clients/{clientId}/appointments")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listClientAppointments", summary = "A client's upcoming or past appointments",
            description = "UPCOMING (default): starting now or later, soonest first; PAST: started before now, "
                    + "latest first. Every status is included; an unknown client simply has none.")
    @APIResponse(responseCode = "200", description = "One page of appointments.")
    public Page<AppointmentView> client(
            @Parameter(description = "The client's id (clients-service).",
                    example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
            @PathParam("clientId") UUID clientId,
            @Parameter(description = "UPCOMING or PAST.", example = "UPCOMING",
                    schema = @Schema(enumeration = { "UPCOMING", "PAST" }, type = SchemaType.STRING))
            @QueryParam("when") String when,
            @BeanParam PageRequest page) {
        boolean upcoming = when == null || when.isBlank() || "UPCOMING".equals(when.trim());
        if (!upcoming && !"PAST".equals(when.trim())) {
            throw Problems.invalid("query", "when", "must be one of UPCOMING, PAST");
        }
        return appointments.clientPage(clientId, upcoming, page.cursor(), page.limit());
    }

    private Page<AppointmentView> list(OwnerKind kind, UUID id, String date, String span, PageRequest page) {
        LocalDate day = QueryParameters.dateValue("date", date);
        if (day == null) {
            throw Problems.invalid("query", "date", "is required");
        }
        Span chosen = QueryParameters.enumValue("span", span, Span.class);
        int limit = page.limit();
        String cursor = page.cursor();
        if (chosen == Span.WEEK) {
            return appointments.calendarPage(kind, id, day.minusDays(day.getDayOfWeek().getValue() - 1L), 7, cursor,
                    limit, callers.current());
        }
        return appointments.calendarPage(kind, id, day, 1, cursor, limit, callers.current());
    }
}
