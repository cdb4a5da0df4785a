package care.needlepoint.clients.screening.api;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.platform.idempotency.Idempotency;
import care.needlepoint.clients.platform.idempotency.IdempotentResult;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.paging.PageRequest;
import care.needlepoint.clients.platform.security.Roles;
import care.needlepoint.clients.screening.domain.ScreeningService;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screenings", description = "Contraindication screening: the typed questionnaire of docs/domain.md, "
        + "recorded by a practitioner, append-only. The newest screening is current until the clinic's validity "
        + "period (default 90 days) has passed. Answers are for practitioners and administrators; the front desk "
        + "sees only whether a current screening exists.")
public class ScreeningResource {

    private static final String CLIENT_ID = "The client's id.";
    private static final String CLIENT_ID_EXAMPLE = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55";

    @Inject
    ScreeningService screenings;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("screenings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "recordScreening", summary = "Record a contraindication screening",
            description = "Records the client's answers to the questionnaire, by the caller (the token's subject), "
                    + "at the server's clock. It becomes the client's current screening. Every question must be "
                    + "answered; answers whose parts contradict each other (present without areas, occurred without "
                    + "a date, a date in the future) are a 400 naming each field. Screenings are never changed: to "
                    + "correct one, record a new one. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new screening.",
            headers = @Header(name = "Location", description = "URL of the new screening"),
            content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    @APIResponse(responseCode = "409", description = "The client is not ACTIVE (archived or erased); the detail "
            + "names its status.")
    public Response record(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of recording again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ScreeningAnswers answers) {
        // The client belongs in the fingerprint: the same key and answers sent for another client is another request.
        List<Object> request = List.of(clientId.toString(), answers);
        return idempotency.execute(idempotencyKey, "recordScreening", request, () -> {
            ScreeningView recorded = screenings.record(clientId, answers);
            URI location = UriBuilder.fromResource(ScreeningResource.class).path("screenings/{screeningId}")
                    .build(clientId, recorded.id());
            return IdempotentResult.created(location, null, recorded);
        });
    }

    @GET
    @Path("screenings")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listScreenings", summary = "List a client's screenings",
            description = "The client's screening history, newest first (by recordedAt, then id), one page at a "
                    + "time, each with its state. An empty history is an empty page.")
    @APIResponse(responseCode = "200", description = "One page of screenings, newest first.")
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public Page<ScreeningView> list(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @BeanParam PageRequest page) {
        return screenings.history(clientId, page.cursor(), page.limit());
    }

    @GET
    @Path("screenings/latest")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getLatestScreening", summary = "Read a client's newest screening",
            description = "The newest screening with its answers; state is CURRENT before expiresAt, EXPIRED from "
                    + "then on.")
    @APIResponse(responseCode = "200", description = "The newest screening.",
            content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id, or no screening was ever recorded "
            + "for the client.")
    public ScreeningView latest(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId) {
        return screenings.latest(clientId);
    }

    @GET
    @Path("screenings/{screeningId}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getScreening", summary = "Read a screening",
            description = "One screening of the client with its answers and its state now.")
    @APIResponse(responseCode = "200", description = "The screening.",
            content = @Content(schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id, or no screening with this id for "
            + "this client.")
    public ScreeningView get(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @Parameter(description = "The screening's id.", example = "0a6f3c2e-1b4d-4e8f-9c7a-5d2e1f3b4a6c")
            @PathParam("screeningId") UUID screeningId) {
        return screenings.get(clientId, screeningId);
    }

    @GET
    @Path("screening-status")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getScreeningStatus", summary = "Read whether a client has a current screening",
            description = "CURRENT, EXPIRED or MISSING, with the newest screening's id and dates but none of its "
                    + "answers: what the front desk needs before booking.")
    @APIResponse(responseCode = "200", description = "The client's screening status.",
            content = @Content(schema = @Schema(implementation = ScreeningStatusView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public ScreeningStatusView status(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId) {
        return screenings.status(clientId);
    }
}
