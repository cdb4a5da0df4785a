package care.needlepoint.scheduling.appointment.api;

import java.net.URI;
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
import care.needlepoint.scheduling.platform.idempotency.Idempotency;
import care.needlepoint.scheduling.platform.idempotency.IdempotentResult;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "A course of sessions booked together, all or none; each session is an "
        + "appointment with its own id, the series id and its sequence number.")
public class SeriesResource {

    @Inject
    AppointmentService appointments;

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
                    + "nothing is booked.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the series.",
            headers = @Header(name = "Location", description = "URL of the series"),
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
        return idempotency.execute(idempotencyKey, "bookSeries", fields, () -> {
            SeriesView booked = appointments.bookSeries(fields, caller);
            return IdempotentResult.created(URI.create("/api/v1/series/" + booked.id()), null, booked);
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.ADMIN })
    @Operation(operationId = "getSeries", summary = "Read a series",
            description = "Its appointments in sequence order, each with its own status.")
    @APIResponse(responseCode = "200", description = "The series.",
            content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "404", description = "No series with this id.")
    public SeriesView get(@Parameter(description = "The series id.", example = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a")
            @PathParam("id") UUID id) {
        return appointments.series(id);
    }
}
