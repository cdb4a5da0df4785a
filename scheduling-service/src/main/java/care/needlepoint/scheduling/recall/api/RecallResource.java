package care.needlepoint.scheduling.recall.api;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.api.AppointmentView;
import care.needlepoint.scheduling.appointment.api.Callers;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.security.Roles;
import care.needlepoint.scheduling.recall.domain.RecallService;

@Path("/api/v1/recalls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recalls", description = "Maintenance recalls after a completed series: the courses due for a "
        + "maintenance session (treatments-service), with what is already booked, and booking from a recall.")
public class RecallResource {

    @Inject
    RecallService recalls;

    @Inject
    Idempotency idempotency;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listRecalls", summary = "List due maintenance recalls",
            description = "Courses whose series is complete and whose maintenance due window opens on or before "
                    + "dueBy (default today in the clinic's time zone), from treatments-service, ordered by window "
                    + "start then course id; each with the maintenance appointment booked from the recall that "
                    + "still stands (not cancelled, not a no-show), so the front desk sees who still needs a call. "
                    + "With unbookedOnly=true only those without one: such a page may hold fewer than limit items "
                    + "while nextCursor is not null; follow nextCursor until it is null.")
    @APIResponse(responseCode = "200", description = "One page of recalls.")
    @APIResponse(responseCode = "400", description = "dueBy, unbookedOnly, cursor or limit invalid; `violations` "
            + "names the parameter.")
    @APIResponse(responseCode = "403", description = "The role may not list recalls.")
    @APIResponse(responseCode = "503", description = "treatments-service could not answer.")
    public Page<RecallView> list(
            @Parameter(description = "Only recalls whose window opens on or before this clinic-local date "
                    + "(YYYY-MM-DD); default today.", example = "2027-05-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueBy") String dueBy,
            @Parameter(description = "true to leave out recalls that already have a standing booking.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("unbookedOnly") String unbookedOnly,
            @BeanParam PageRequest page) {
        var by = QueryParameters.dateValue("dueBy", dueBy);
        boolean unbooked = Boolean.TRUE.equals(QueryParameters.booleanValue("unbookedOnly", unbookedOnly));
        return recalls.list(by, unbooked, page.cursor(), page.limit(), callers.current());
    }

    @POST
    @Path("{courseId}/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "bookFromRecall", summary = "Book the maintenance session of a recall",
            description = "Confirms with treatments-service that the course is due for maintenance and that "
                    + "startsAt's clinic-local date lies in its maintenanceDueWindow, then books through the same "
                    + "path and checks as bookAppointment (hours, client, consent, eligibility, no overlap) with the "
                    + "course's client and protocol. One standing booking per recall: a second is a 409 until the "
                    + "first is cancelled or a no-show. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the appointment.",
            headers = { @Header(name = "Location", description = "URL of the appointment"),
                    @Header(name = "ETag", description = "Version of the appointment") },
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Bad fields or unknown practitioner or room; `violations` "
            + "names them.")
    @APIResponse(responseCode = "403", description = "The role may not book.")
    @APIResponse(responseCode = "404", description = "treatments-service has no course with this id.")
    @APIResponse(responseCode = "409", description = "The recall already has a standing booking (`appointmentId`), "
            + "or the time collides with another appointment (`conflicts`).")
    @APIResponse(responseCode = "422", description = "rule-violated with `reasons`: not-due-for-maintenance (the "
            + "course is not in MAINTENANCE), outside-maintenance-window (`field` startsAt; the problem carries "
            + "`maintenanceDueWindow`), or any refusal of bookAppointment; or idempotency-key-reused.")
    @APIResponse(responseCode = "503", description = "treatments-service or clients-service could not answer; "
            + "nothing was booked.")
    public Response book(
            @Parameter(description = "The course's id in treatments-service.",
                    example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("courseId") UUID courseId,
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RecallBookingFields fields) {
        var caller = callers.current();
        // The course is in the path, not the body: it is part of the operation, so one key cannot answer two courses.
        return idempotency.execute(idempotencyKey, "bookFromRecall " + courseId, fields,
                () -> recalls.check(courseId, fields, caller), checked -> {
                    AppointmentView booked = recalls.book(checked, caller);
                    return IdempotentResult.created(URI.create("/api/v1/appointments/" + booked.id()),
                            EntityTags.of(booked.version()), booked);
                });
    }
}
