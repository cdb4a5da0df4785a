package care.needlepoint.scheduling.appointment.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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
import jakarta.ws.rs.core.HttpHeaders;
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

import care.needlepoint.scheduling.appointment.domain.AppointmentLifecycle.Transition;
import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.appointment.domain.AppointmentService.Mode;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.paging.Page;
import care.needlepoint.scheduling.platform.paging.PageRequest;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Booking and the lifecycle of appointments. PostgreSQL refuses overlapping "
        + "bookings of a practitioner, room or client; a refused booking is a 409 naming what it collided with.")
public class AppointmentResource {

    static final String ETAG_EXAMPLE = "\"0\"";

    @Inject
    AppointmentService appointments;

    @Inject
    Idempotency idempotency;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "bookAppointment", summary = "Book an appointment",
            description = "Books directly (see createHold for hold-then-confirm). Checks the practitioner, room, "
                    + "hours and the protocol, then the client with clients-service (exists, bookable, and for a "
                    + "protocol a valid treatment consent) and eligibility with treatments-service. An admin may "
                    + "send `override` to book over conflicts or outside hours (audited).")
    @APIResponse(responseCode = "201", description = "Booked; Location names the appointment.",
            headers = { @Header(name = "Location", description = "URL of the appointment"),
                    @Header(name = "ETag", description = "Version of the appointment") },
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "403", description = "The role may not book, or a non-admin sent override.")
    @APIResponse(responseCode = "409", description = "The time collides with another appointment of the "
            + "practitioner, room or client; `conflicts` lists each: {with: PRACTITIONER|ROOM|CLIENT, appointmentId, "
            + "busyFrom, busyUntil}.")
    @APIResponse(responseCode = "422", description = "A rule refuses it: `reasons` [{code, effect, item, message}] "
            + "(outside-working-hours, practitioner-inactive, room-inactive, client-not-bookable, consent-missing, or "
            + "the eligibility findings with `outcome` BLOCK or WARN); or the Idempotency-Key was used for another "
            + "request.")
    @APIResponse(responseCode = "503", description = "clients-service or treatments-service could not answer; "
            + "nothing was booked.")
    public Response book(
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid AppointmentFields fields) {
        var caller = callers.current();
        return idempotency.execute(idempotencyKey, "bookAppointment", fields,
                () -> appointments.check(fields, Mode.BOOK, caller), checked -> {
                    AppointmentView booked = appointments.create(checked, caller);
                    return IdempotentResult.created(location(booked.id()), EntityTags.of(booked.version()), booked);
                });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "listUpdatedAppointments", summary = "List appointments changed since an instant",
            description = "For integrations that sync: every appointment (holds included) created or changed at or "
                    + "after `updatedSince`, oldest change first (then id). Keep the last item's updatedAt and ask "
                    + "again from there.")
    @APIResponse(responseCode = "200", description = "One page of appointments.")
    public Page<AppointmentView> listUpdated(
            @Parameter(description = "RFC 3339 date-time with an offset (percent-encode `+`).", required = true,
                    example = "2026-03-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @BeanParam PageRequest page) {
        Instant since = QueryParameters.instantValue("updatedSince", updatedSince);
        if (since == null) {
            throw Problems.invalid("query", "updatedSince", "is required");
        }
        return appointments.updatedPage(since, page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getAppointment", summary = "Read an appointment",
            description = "A practitioner may read only their own appointments.")
    @APIResponse(responseCode = "200", description = "The appointment; ETag carries its version.",
            headers = @Header(name = "ETag", description = "Version of the appointment"),
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    public Response get(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id) {
        return withTag(appointments.get(id, callers.current()));
    }

    @GET
    @Path("{id}/status-history")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getAppointmentStatusHistory", summary = "Read an appointment's status history",
            description = "Every status change, oldest first, with who and when; the first is the creation.")
    @APIResponse(responseCode = "200", description = "The history (one page holds all of it).")
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    public Page<StatusChangeView> history(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id) {
        List<StatusChangeView> items = appointments.history(id, callers.current());
        return new Page<>(items, null);
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "checkInAppointment", summary = "Check the client in",
            description = "BOOKED → CHECKED_IN. A practitioner may check in only their own appointments. If-Match "
                    + "is optional; when sent it must be current.")
    @APIResponse(responseCode = "200", description = "Checked in.",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    @APIResponse(responseCode = "409", description = "Not BOOKED; `currentStatus` says what it is.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response checkIn(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag as last read.", example = ETAG_EXAMPLE)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(appointments.transition(id, Transition.CHECK_IN, optionalVersion(ifMatch), callers.current()));
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "completeAppointment", summary = "Record that the appointment took place",
            description = "CHECKED_IN → COMPLETED, by the treating practitioner (or an admin).")
    @APIResponse(responseCode = "200", description = "Completed.",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    @APIResponse(responseCode = "409", description = "Not CHECKED_IN.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response complete(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag as last read.", example = ETAG_EXAMPLE)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(appointments.transition(id, Transition.COMPLETE, optionalVersion(ifMatch), callers.current()));
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "recordNoShow", summary = "Record that the client did not come",
            description = "BOOKED → NO_SHOW, once the appointment has started.")
    @APIResponse(responseCode = "200", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    @APIResponse(responseCode = "409", description = "Not BOOKED, or not started yet.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response noShow(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag as last read.", example = ETAG_EXAMPLE)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(appointments.transition(id, Transition.NO_SHOW, optionalVersion(ifMatch), callers.current()));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment",
            description = "BOOKED → CANCELLED with the reason and who cancelled; flagged late when less than the "
                    + "clinic's late-cancellation window before the start. The time is free at once.")
    @APIResponse(responseCode = "200", description = "Cancelled.",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    @APIResponse(responseCode = "409", description = "Not BOOKED.")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    public Response cancel(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id,
            @Parameter(description = "Optional: the ETag as last read.", example = ETAG_EXAMPLE)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid CancellationFields fields) {
        return withTag(appointments.cancel(id, fields.reason(), optionalVersion(ifMatch), callers.current()));
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "rescheduleAppointment", summary = "Move a booked appointment",
            description = "Requires If-Match. Checks everything again as for a new booking; the appointment keeps "
                    + "its id and history.")
    @APIResponse(responseCode = "200", description = "Moved.",
            headers = @Header(name = "ETag", description = "New version"),
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "403", description = "The role may not move it, or a non-admin sent override.")
    @APIResponse(responseCode = "404", description = "No appointment with this id.")
    @APIResponse(responseCode = "409", description = "Not BOOKED, or the new time collides (`conflicts`).")
    @APIResponse(responseCode = "412", description = "If-Match names an older version.")
    @APIResponse(responseCode = "422", description = "A rule refuses the new time (`reasons`).")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    @APIResponse(responseCode = "503", description = "A service the checks need could not answer; nothing changed.")
    public Response reschedule(@Parameter(description = "The appointment's id.",
            example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e") @PathParam("id") UUID id,
            @Parameter(description = "The ETag as last read.", example = ETAG_EXAMPLE, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid RescheduleFields fields) {
        long expected = EntityTags.requiredVersion(ifMatch);
        return withTag(appointments.reschedule(id, fields, expected, callers.current()));
    }

    static URI location(UUID id) {
        return UriBuilder.fromResource(AppointmentResource.class).path("{id}").build(id);
    }

    static Response withTag(AppointmentView view) {
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : EntityTags.requiredVersion(ifMatch);
    }
}
