package care.needlepoint.scheduling.feed.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.api.Callers;
import care.needlepoint.scheduling.feed.domain.CalendarFeedService;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1")
@Tag(name = "Calendar feeds", description = "A practitioner's appointments as an iCalendar (RFC 5545) feed with the "
        + "clinic's VTIMEZONE, at a secret URL that can be revoked.")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    CalendarFeedService feeds;

    @Inject
    Callers callers;

    @POST
    @Path("practitioners/{id}/calendar-feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "createCalendarFeed", summary = "Issue a calendar feed URL",
            description = "For an admin, or the practitioner themselves. The answer holds the URL with its secret; "
                    + "it is not shown again (only its hash is stored).")
    @APIResponse(responseCode = "201", description = "Issued.",
            content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Response create(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @Context UriInfo uri) {
        CalendarFeedView created = feeds.create(id, callers.current(), secret -> uri.getBaseUriBuilder()
                .path(CalendarFeedResource.class).path(CalendarFeedResource.class, "feed").build(secret).toString());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("practitioners/{id}/calendar-feeds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listCalendarFeeds", summary = "List a practitioner's calendar feeds",
            description = "Without their URLs. Oldest first.")
    @APIResponse(responseCode = "200", description = "The feeds (one page holds all).")
    @APIResponse(responseCode = "404", description = "No practitioner with this id.")
    public Page<CalendarFeedView> list(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id) {
        return new Page<>(feeds.list(id, callers.current()), null);
    }

    @DELETE
    @Path("practitioners/{id}/calendar-feeds/{feedId}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke a calendar feed",
            description = "Its URL answers 404 from now on. Revoking a revoked feed changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such feed of this practitioner.")
    public void revoke(
            @Parameter(description = "The practitioner's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @PathParam("id") UUID id,
            @Parameter(description = "The feed's id.", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e")
            @PathParam("feedId") UUID feedId) {
        feeds.revoke(id, feedId, callers.current());
    }

    @GET
    @Path("calendar-feeds/{secret}")
    @Produces({ TEXT_CALENDAR, "application/problem+json" })
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getCalendarFeed", summary = "Read a calendar feed",
            description = "No bearer token: the secret in the URL is the credential. The practitioner's appointments "
                    + "from 60 days ago to a year ahead (not cancelled, not holds), each at its procedure time, with "
                    + "the clinic's VTIMEZONE.")
    @APIResponse(responseCode = "200", description = "The calendar.",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 10000000)))
    @APIResponse(responseCode = "404", description = "No live feed with this secret (never issued or revoked).")
    public Response feed(
            @Parameter(description = "The feed's secret, as in the URL it was issued with.",
                    example = "2k9Jx0c8zQ5mX1aB7yT4vR6nW3pL0sD8fG2hK5jE",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            maxLength = 100, pattern = "^[A-Za-z0-9_-]+$"))
            @PathParam("secret") String secret) {
        return Response.ok(feeds.render(secret), TEXT_CALENDAR + "; charset=utf-8").build();
    }
}
