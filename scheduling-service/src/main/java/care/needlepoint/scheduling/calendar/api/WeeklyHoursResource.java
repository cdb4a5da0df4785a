package care.needlepoint.scheduling.calendar.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Working hours", description = "Weekly hours of practitioners and rooms, in the clinic's local time.")
public class WeeklyHoursResource {

    @Inject
    CalendarService calendar;

    @GET
    @Path("practitioners/{id}/working-hours")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getPractitionerWorkingHours", summary = "Read a practitioner's weekly hours")
    @APIResponse(responseCode = "200", description = "The weekly hours that apply.")
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public WeeklyHoursView practitionerHours(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id) {
        return calendar.hoursOf(OwnerKind.PRACTITIONER, id);
    }

    @PUT
    @Path("practitioners/{id}/working-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replacePractitionerWorkingHours", summary = "Replace a practitioner's weekly hours",
            description = "Replaces the whole week; an empty list makes the clinic's opening hours apply. Booked "
                    + "appointments stay booked.")
    @APIResponse(responseCode = "200", description = "The weekly hours now in force.")
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public WeeklyHoursView replacePractitionerHours(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid WeeklyHoursFields fields) {
        return calendar.replaceHours(OwnerKind.PRACTITIONER, id, fields.intervals());
    }

    @GET
    @Path("rooms/{id}/working-hours")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getRoomWorkingHours", summary = "Read a room's weekly hours")
    @APIResponse(responseCode = "200", description = "The weekly hours that apply.")
    @APIResponse(responseCode = "404", description = "No room with this id.")
    public WeeklyHoursView roomHours(
            @Parameter(description = "The room's id.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @PathParam("id") UUID id) {
        return calendar.hoursOf(OwnerKind.ROOM, id);
    }

    @PUT
    @Path("rooms/{id}/working-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceRoomWorkingHours", summary = "Replace a room's weekly hours",
            description = "Replaces the whole week; an empty list makes the clinic's opening hours apply.")
    @APIResponse(responseCode = "200", description = "The weekly hours now in force.")
    @APIResponse(responseCode = "404", description = "No room with this id.")
    public WeeklyHoursView replaceRoomHours(
            @Parameter(description = "The room's id.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid WeeklyHoursFields fields) {
        return calendar.replaceHours(OwnerKind.ROOM, id, fields.intervals());
    }
}
