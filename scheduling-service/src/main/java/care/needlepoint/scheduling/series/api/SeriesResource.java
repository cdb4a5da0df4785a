package care.needlepoint.scheduling.series.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.api.Callers;
import care.needlepoint.scheduling.appointment.api.SeriesBookingFields;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.security.Roles;
import care.needlepoint.scheduling.series.domain.SeriesChangeService;

@Path("/api/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "A course of sessions booked together, all or none; each session is an "
        + "appointment with its own id, the series id and its sequence number. Moves, re-plans and cancellations "
        + "work on the series as last read (If-Match) and are recorded in its change history.")
public class SeriesResource {

    private static final String SERIES_ID = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a";
    private static final String ETAG = "\"3\"";

    @Inject
    SeriesChangeService series;

    @Inject
    Idempotency idempotency;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "bookSeries", summary = "Book a whole series, all sessions or none",
            description = "Books every session in one transaction under the same no-overlap constraints as "
                    + "bookAppointment. Checks shape, the protocol's spacing between consecutive sessions (clinic "
                    + "dates), active practitioners and rooms and hours per session, then the client "
                    + "(clients-service) and eligibility (treatments-service, for the first session's date) once. "
                    + "A session that collides is a 409 naming it (`sessionSequence`) and what it collided with; "
                    + "nothing is booked. The series is stored with its change history (BOOKED).")
    @APIResponse(responseCode = "201", description = "Booked; Location names the series, ETag is its revision.",
            headers = { @Header(name = "Location", description = "URL of the series"),
                    @Header(name = "ETag", description = "The series revision") },
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Bad fields, unknown references, or sessions outside the "
            + "protocol's spacing (`sessions[k].startsAt`).")
    @APIResponse(responseCode = "403", description = "The role may not book.")
    @APIResponse(responseCode = "409", description = "A session collides: `sessionSequence` and `conflicts` "
            + "[{with, appointmentId, busyFrom, busyUntil}]; nothing was booked.")
    @APIResponse(responseCode = "422", description = "A rule refuses it (`reasons`; `sessionSequence` for hours or "
            + "an inactive practitioner or room); or the Idempotency-Key was used for another request.")
    @APIResponse(responseCode = "503", description = "clients-service or treatments-service could not answer; "
            + "nothing was booked.")
    public Response book(
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid SeriesBookingFields fields) {
        var caller = callers.current();
        return idempotency.execute(idempotencyKey, "bookSeries", fields, () -> series.check(fields, caller),
                checked -> {
                    SeriesView booked = series.book(checked, caller);
                    return IdempotentResult.created(URI.create("/api/v1/series/" + booked.id()),
                            EntityTags.of(booked.version()), booked);
                });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "getSeries", summary = "Read a series",
            description = "Its sessions in sequence order, each with its own status, and the series state derived "
                    + "from them (ACTIVE, COMPLETED, CANCELLED) with the places that need re-planning. The ETag is "
                    + "the series revision: it changes whenever the series or any of its sessions changes.")
    @APIResponse(responseCode = "200", description = "The series.",
            headers = @Header(name = "ETag", description = "The series revision, for If-Match"),
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "404", description = "No series with this id.")
    public Response get(@Parameter(description = "The series id.", example = SERIES_ID) @PathParam("id") UUID id) {
        return withTag(series.get(id));
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listSeriesChanges", summary = "The change history of a series",
            description = "Every change, oldest first: BOOKED, MOVED, REPLANNED, CANCELLED with the sessions, "
                    + "reason, who and when, and the times before and after. Each session's own status history is "
                    + "at getAppointmentStatusHistory.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first.",
            content = @Content(schema = @Schema(implementation = SeriesChangeView.class, type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No series with this id.")
    public List<SeriesChangeView> changes(@Parameter(description = "The series id.", example = SERIES_ID)
            @PathParam("id") UUID id) {
        return series.changes(id);
    }

    @POST
    @Path("{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "moveSeriesSession", summary = "Move one session of a series",
            description = "Requires If-Match with the series ETag. The new clinic date must lie within the "
                    + "protocol's spacing after the last session standing before it (else 422 naming startsAt). If "
                    + "it also keeps the spacing to the next session, the session is rescheduled (everything a "
                    + "reschedule checks is checked again) and the series answered with its new ETag. If it breaks "
                    + "the spacing to the following sessions, nothing changes: a 409 carries `replan`, a proposal "
                    + "for the following sessions with the ETag it was computed against, to apply with "
                    + "applySeriesReplan.")
    @APIResponse(responseCode = "200", description = "Moved.",
            headers = @Header(name = "ETag", description = "The new series revision"),
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Bad fields, or a sequence the series does not have.")
    @APIResponse(responseCode = "403", description = "The role may not change series (practitioners may not).")
    @APIResponse(responseCode = "404", description = "No series with this id.")
    @APIResponse(responseCode = "409", description = "The session is not booked; the new time collides "
            + "(`conflicts`); or the move breaks the spacing to the following sessions: `replan` (a SeriesReplan) "
            + "and `sessionSequence` (the first session out of spacing); nothing changed.")
    @APIResponse(responseCode = "412", description = "If-Match names an older revision of the series.")
    @APIResponse(responseCode = "422", description = "The new date breaks the spacing to the session before "
            + "(`violations` naming startsAt), or a rule refuses the new time (`reasons`).")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    @APIResponse(responseCode = "503", description = "A service the checks need could not answer; nothing changed.")
    public Response move(@Parameter(description = "The series id.", example = SERIES_ID) @PathParam("id") UUID id,
            @Parameter(description = "The series ETag as last read.", example = ETAG, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SeriesMoveFields fields) {
        long expected = EntityTags.requiredVersion(ifMatch);
        var caller = callers.current();
        return withTag(series.move(series.checkMove(id, fields, expected, caller), caller));
    }

    @POST
    @Path("{id}/replans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "applySeriesReplan", summary = "Apply a re-plan of a series, all or nothing",
            description = "Requires If-Match with the series ETag (a proposal's `etag`). In one transaction, each "
                    + "listed booked session is rescheduled and each listed place without a standing appointment "
                    + "(cancelled or missed) is booked again as a new appointment with the same sequence; the "
                    + "spacing must hold between every pair of neighbouring sessions the re-plan touches. One "
                    + "REPLANNED change is recorded.")
    @APIResponse(responseCode = "200", description = "Applied.",
            headers = @Header(name = "ETag", description = "The new series revision"),
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Bad fields, a sequence the series does not have or listed "
            + "twice (`sessions[i].…`).")
    @APIResponse(responseCode = "403", description = "The role may not change series.")
    @APIResponse(responseCode = "404", description = "No series with this id.")
    @APIResponse(responseCode = "409", description = "A session collides or cannot be moved (checked in, "
            + "completed): `sessionSequence`; nothing changed.")
    @APIResponse(responseCode = "412", description = "If-Match names an older revision of the series.")
    @APIResponse(responseCode = "422", description = "The spacing is broken somewhere (`violations` naming "
            + "sessions[i].startsAt), or a rule refuses a session (`reasons`, `sessionSequence`).")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    @APIResponse(responseCode = "503", description = "A service the checks need could not answer; nothing changed.")
    public Response applyReplan(@Parameter(description = "The series id.", example = SERIES_ID)
            @PathParam("id") UUID id,
            @Parameter(description = "The series ETag the re-plan was computed against.", example = ETAG,
                    required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SeriesReplanFields fields) {
        long expected = EntityTags.requiredVersion(ifMatch);
        var caller = callers.current();
        return withTag(series.applyReplan(series.checkReplan(id, fields, expected, caller), caller));
    }

    @POST
    @Path("{id}/cancellations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "cancelSeriesSessions", summary = "Cancel sessions of a series",
            description = "Requires If-Match with the series ETag. THIS, THIS_AND_FOLLOWING or ALL_REMAINING booked "
                    + "sessions are cancelled one by one through the appointment cancellation (each gets its reason, "
                    + "late flag and status history, and its time is free at once). Completed, checked-in and missed "
                    + "sessions are never touched. One CANCELLED change is recorded.")
    @APIResponse(responseCode = "200", description = "Cancelled.",
            headers = @Header(name = "ETag", description = "The new series revision"),
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Bad fields; sequence missing (THIS, THIS_AND_FOLLOWING) or "
            + "given (ALL_REMAINING); a sequence the series does not have.")
    @APIResponse(responseCode = "403", description = "The role may not change series.")
    @APIResponse(responseCode = "404", description = "No series with this id.")
    @APIResponse(responseCode = "409", description = "The session is not booked, or nothing is left to cancel.")
    @APIResponse(responseCode = "412", description = "If-Match names an older revision of the series.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response cancel(@Parameter(description = "The series id.", example = SERIES_ID) @PathParam("id") UUID id,
            @Parameter(description = "The series ETag as last read.", example = ETAG, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SeriesCancellationFields fields) {
        long expected = EntityTags.requiredVersion(ifMatch);
        return withTag(series.cancel(id, fields, expected, callers.current()));
    }

    @POST
    @Path("{id}/replan-proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "proposeSeriesReplan", summary = "Propose a re-plan of sessions k..N",
            description = "Nothing is stored. Sessions fromSequence to the last are planned from the last session "
                    + "that still stands before them (completed, checked in or booked), each within the protocol's "
                    + "spacing: a booked session whose slot keeps the spacing keeps it (KEEP); others move (MOVE) "
                    + "or, when cancelled or missed, are booked again (BOOK_AGAIN), preferring their own weekday, "
                    + "local time and practitioner. When the spacing window has already passed, it is counted from "
                    + "today (`spacing-resumed`). Apply with applySeriesReplan.")
    @APIResponse(responseCode = "200", description = "The proposal.",
            content = @Content(schema = @Schema(implementation = SeriesReplanView.class)))
    @APIResponse(responseCode = "400", description = "Bad fields, or a sequence the series does not have.")
    @APIResponse(responseCode = "403", description = "The role may not re-plan series.")
    @APIResponse(responseCode = "404", description = "No series with this id.")
    @APIResponse(responseCode = "503", description = "treatments-service could not give the protocol.")
    public SeriesReplanView proposeReplan(@Parameter(description = "The series id.", example = SERIES_ID)
            @PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid SeriesReplanProposalFields fields) {
        return series.proposeReplan(id, fields.fromSequence(), callers.current());
    }

    private static Response withTag(SeriesView view) {
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
