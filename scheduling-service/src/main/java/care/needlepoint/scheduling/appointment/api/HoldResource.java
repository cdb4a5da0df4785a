package care.needlepoint.scheduling.appointment.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.domain.AppointmentService;
import care.needlepoint.scheduling.appointment.domain.AppointmentService.Mode;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/holds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Holds", description = "Keep a slot for a few minutes (the clinic's holdMinutes) while the client "
        + "decides, then confirm it as a booking. A live hold blocks the time like a booking; a lapsed one does not.")
public class HoldResource {

    @Inject
    AppointmentService appointments;

    @Inject
    Idempotency idempotency;

    @Inject
    Callers callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "createHold", summary = "Hold a slot",
            description = "The same request and checks as bookAppointment (without override); the answer is an "
                    + "appointment in status HELD with holdExpiresAt. Its id is the hold's and, once confirmed, the "
                    + "appointment's.")
    @APIResponse(responseCode = "201", description = "Held; Location names the appointment.",
            headers = { @Header(name = "Location", description = "URL of the held appointment"),
                    @Header(name = "ETag", description = "Version") },
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "The time is taken (`conflicts`).")
    @APIResponse(responseCode = "422", description = "A rule refuses it (`reasons`), or the Idempotency-Key was "
            + "used for another request.")
    @APIResponse(responseCode = "503", description = "A service the checks need could not answer; nothing held.")
    public Response hold(
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid AppointmentFields fields) {
        var caller = callers.current();
        return idempotency.execute(idempotencyKey, "createHold", fields,
                () -> appointments.check(fields, Mode.HOLD, caller), checked -> {
                    AppointmentView held = appointments.create(checked, caller);
                    return IdempotentResult.created(AppointmentResource.location(held.id()),
                            EntityTags.of(held.version()), held);
                });
    }

    @POST
    @Path("{id}/confirmation")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "confirmHold", summary = "Confirm a hold as a booking",
            description = "HELD → BOOKED while the hold is live; the client and eligibility are checked again. A "
                    + "retry with the same Idempotency-Key returns the first answer.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the appointment.",
            headers = { @Header(name = "Location", description = "URL of the appointment"),
                    @Header(name = "ETag", description = "Version") },
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No hold with this id.")
    @APIResponse(responseCode = "409", description = "The hold lapsed, is not HELD (`currentStatus`), or changed "
            + "while it was being confirmed.")
    @APIResponse(responseCode = "422", description = "A rule now refuses it (`reasons`), or the Idempotency-Key was "
            + "used for another request.")
    @APIResponse(responseCode = "503", description = "A service the checks need could not answer; nothing changed.")
    public Response confirm(
            @Parameter(description = "The hold's id.", example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
            @PathParam("id") UUID id,
            @Parameter(description = "Makes the request safe to retry.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        var caller = callers.current();
        return idempotency.execute(idempotencyKey, "confirmHold", id, () -> appointments.checkConfirmation(id, caller),
                checked -> {
                    AppointmentView booked = appointments.confirm(checked, caller);
                    return IdempotentResult.created(AppointmentResource.location(booked.id()),
                            EntityTags.of(booked.version()), booked);
                });
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "releaseHold", summary = "Release a hold",
            description = "HELD → EXPIRED at once, freeing the slot.")
    @APIResponse(responseCode = "200", description = "Released.",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No hold with this id.")
    @APIResponse(responseCode = "409", description = "Not HELD.")
    public Response release(
            @Parameter(description = "The hold's id.", example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
            @PathParam("id") UUID id) {
        return AppointmentResource.withTag(appointments.releaseHold(id, callers.current()));
    }
}
