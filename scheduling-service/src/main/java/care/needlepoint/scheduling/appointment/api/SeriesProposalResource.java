package care.needlepoint.scheduling.appointment.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.appointment.domain.SeriesService;
import care.needlepoint.scheduling.platform.security.CurrentUser;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/series-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "A course of sessions planned and booked together, each spaced within the "
        + "protocol's range counted in the clinic's local calendar.")
public class SeriesProposalResource {

    @Inject
    SeriesService series;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "proposeSeries", summary = "Propose a series (nothing is stored)",
            description = "Plans every session of a course (or a protocol and a session count): session k+1 lies "
                    + "spacingDays.min to spacingDays.max local days after session k, preferring the same weekday, "
                    + "the same local time (so 10:00 stays 10:00 across DST) and the same practitioner, searched "
                    + "like searchAvailability. A session without a fitting slot says why and offers the nearest "
                    + "free slots outside its window. Nothing is held: book with bookSeries.")
    @APIResponse(responseCode = "200", description = "The plan; `complete` says whether every session has a slot.")
    @APIResponse(responseCode = "400", description = "Inconsistent or unknown fields (courseId, protocolId, "
            + "sessionCount, dates, time window).")
    @APIResponse(responseCode = "503", description = "treatments-service could not give the course or protocol.")
    public SeriesProposalView propose(@NotNull(message = "a JSON body is required") @Valid SeriesProposalFields fields) {
        return series.propose(fields, currentUser.subject());
    }
}
