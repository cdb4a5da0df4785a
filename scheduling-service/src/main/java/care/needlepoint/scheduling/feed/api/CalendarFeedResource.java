package care.needlepoint.scheduling.feed.api;


import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.feed.domain.CalendarFeedService;

@Path("/api/v1/calendar-feeds")
@Tag(name = "Calendar feeds", description = "A practitioner's appointments as an iCalendar (RFC 5545) feed with the "
        + "clinic's VTIMEZONE, at a secret URL that can be revoked.")
public class CalendarFeedResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    CalendarFeedService feeds;




    @GET
    @Path("{secret}")
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
