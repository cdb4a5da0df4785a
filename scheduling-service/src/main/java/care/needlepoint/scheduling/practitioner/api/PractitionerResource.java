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
import care.needlepoint.scheduling.appointment.api.Callers;
import care.needlepoint.scheduling.feed.api.CalendarFeedResource;
import care.needlepoint.scheduling.feed.api.CalendarFeedView;
import care.needlepoint.scheduling.feed.domain.CalendarFeedService;
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

    @Inject
    CalendarService calendar;

    @Inject
    Calendars calendars;

    @Inject
    CalendarFeedService feeds;

    @Inject
    Callers callers;

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

    @GET
    @Tag(name = "Working hours", description = "Weekly hours of practitioners and rooms, in the clinic's local "
            + "time; without hours of their own they follow the clinic's opening hours.")
    @Path("{id}/working-hours")
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
    @Tag(name = "Working hours")
    @Path("{id}/working-hours")
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
    @Tag(name = "Calendars")
    @Path("{id}/appointments")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listPractitionerAppointments", summary = "A practitioner's day or week",
            description = "Appointments and holds starting on the local day (or Monday-to-Sunday week) of `date`, by "
                    + "start then id. A practitioner may read only their own calendar.")
    @APIResponse(responseCode = "200", description = "One page of appointments.")
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Page<AppointmentView> appointments(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @Parameter(description = "A local date in the day or week.", required = true, example = "2026-03-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date,
            @Parameter(description = "DAY (default) or WEEK.", example = "WEEK",
                    schema = @Schema(implementation = Calendars.Span.class))
            @QueryParam("span") String span,
            @BeanParam PageRequest page) {
        return calendars.list(OwnerKind.PRACTITIONER, id, date, span, page);
    }

    @POST
    @Tag(name = "Calendar feeds")
    @Path("{id}/calendar-feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "createCalendarFeed", summary = "Issue a calendar feed URL",
            description = "For an admin, or the practitioner themselves. The answer holds the URL with its secret; "
                    + "it is not shown again (only its hash is stored).")
    @APIResponse(responseCode = "201", description = "Issued.",
            content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Response createCalendarFeed(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @Context UriInfo uri) {
        CalendarFeedView created = feeds.create(id, callers.current(), secret -> uri.getBaseUriBuilder()
                .path(CalendarFeedResource.class).path(CalendarFeedResource.class, "feed").build(secret).toString());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Tag(name = "Calendar feeds")
    @Path("{id}/calendar-feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listCalendarFeeds", summary = "List a practitioner's calendar feeds",
            description = "Without their URLs. Oldest first.")
    @APIResponse(responseCode = "200", description = "The feeds (one page holds all).")
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Page<CalendarFeedView> listCalendarFeeds(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id) {
        return new Page<>(feeds.list(id, callers.current()), null);
    }

    @DELETE
    @Tag(name = "Calendar feeds")
    @Path("{id}/calendar-feeds/{feedId}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke a calendar feed",
            description = "Its URL answers 404 from now on. Revoking a revoked feed changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such feed of this practitioner.")
    public void revokeCalendarFeed(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @Parameter(description = "The feed's id.", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
            @PathParam("feedId") UUID feedId) {
        feeds.revoke(id, feedId, callers.current());
    }
}
