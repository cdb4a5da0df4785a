package care.needlepoint.scheduling.room.api;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
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

import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.api.Calendars;
import care.needlepoint.scheduling.calendar.api.WeeklyHoursFields;
import care.needlepoint.scheduling.calendar.api.WeeklyHoursView;
import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.calendar.domain.OwnerKind;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.security.Roles;
import care.needlepoint.scheduling.room.domain.RoomService;

@Path("/api/v1/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms", description = "The clinic's treatment rooms that appointments take place in.")
public class RoomResource {

    @Inject
    RoomService rooms;

    @Inject
    Idempotency idempotency;

    @Inject
    CalendarService calendar;

    @Inject
    Calendars calendars;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createRoom", summary = "Create a room",
            description = "Creates a room. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new room.",
            headers = { @Header(name = "Location", description = "URL of the new room"),
                    @Header(name = "ETag", description = "Version of the new room") },
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "409", description = "A room with this name, ignoring case, already exists; the "
            + "detail names that room's id.")
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RoomFields fields) {
        return idempotency.execute(idempotencyKey, "createRoom", fields, () -> {
            RoomView created = rooms.create(fields);
            URI location = UriBuilder.fromResource(RoomResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listRooms", summary = "List rooms",
            description = "Rooms ordered by name and id, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of rooms.")
    public Page<RoomView> list(
            @Parameter(description = "Only active (true) or only inactive (false) rooms; omit for all.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @BeanParam PageRequest page) {
        return rooms.list(QueryParameters.booleanValue("active", active), page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getRoom", summary = "Read a room")
    @APIResponse(responseCode = "200", description = "The room; ETag carries its version.",
            headers = @Header(name = "ETag", description = "Version of the room"),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "404", description = "No room with this id.")
    public Response get(@PathParam("id") UUID id) {
        RoomView room = rooms.get(id);
        return Response.ok(room).tag(EntityTags.of(room.version())).build();
    }

    @GET
    @Tag(name = "Working hours")
    @Path("{id}/working-hours")
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
    @Tag(name = "Working hours")
    @Path("{id}/working-hours")
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

    @GET
    @Tag(name = "Calendars")
    @Path("{id}/appointments")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listRoomAppointments", summary = "A room's day or week",
            description = "Appointments and holds in the room starting on the local day (or week) of `date`.")
    @APIResponse(responseCode = "200", description = "One page of appointments.")
    @APIResponse(responseCode = "404", description = "No room with this id.")
    public Page<AppointmentView> appointments(
            @Parameter(description = "The room's id.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @PathParam("id") UUID id,
            @Parameter(description = "A local date in the day or week.", required = true, example = "2026-03-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Parameter(description = "DAY (default) or WEEK.", example = "DAY",
                    schema = @Schema(implementation = Calendars.Span.class))
            @QueryParam("span") String span,
            @BeanParam PageRequest page) {
        return calendars.list(OwnerKind.ROOM, id, date, span, page);
    }
}
