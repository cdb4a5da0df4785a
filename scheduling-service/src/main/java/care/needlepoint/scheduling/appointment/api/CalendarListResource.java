package care.needlepoint.scheduling.appointment.api;

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
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars", description = "A practitioner's or room's day or week, and a client's appointments.")
public class CalendarListResource {


    @Inject
    AppointmentService appointments;



    @GET
    @Path("{clientId}/appointments")
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
}
