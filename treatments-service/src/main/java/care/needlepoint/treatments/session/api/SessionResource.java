package care.needlepoint.treatments.session.api;

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
import jakarta.ws.rs.core.HttpHeaders;
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

import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.idempotency.Idempotency;
import care.needlepoint.treatments.platform.idempotency.IdempotentResult;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.paging.PageRequest;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.session.domain.ChartedSession;
import care.needlepoint.treatments.session.domain.SessionService;

@Path("/api/v1/courses/{courseId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Charted sessions of a course, with needle-depth governance: per area the "
        + "depth, device, needle configuration, passes, directions and endpoint; numbing, serums, reaction, notes, "
        + "aftercare. Clinical records: practitioners chart and amend, practitioners and admins read; front-desk, "
        + "integration and service tokens get 403. Append-only: a correction is an amendment.")
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "recordSession", summary = "Chart a session",
            description = "Records a session performed by the calling practitioner. It is checked against the "
                    + "client's current facts in clients-service (bookable, a CURRENT screening, a valid "
                    + "MICRONEEDLING_TREATMENT consent, the protocol's contraindication rules on the session's day) "
                    + "and the depth rules: the protocol's range for area and device, at most "
                    + "needlepoint.charting.max-depth-step above the previous depth on the area, home depth above "
                    + "0.50 mm only with approval and never 1.00 mm, numbing with its minimum dwell when required. "
                    + "A refusal is a 422 rule-violated whose `reasons` list [{code, area, message, resolution}]: "
                    + "resolution OVERRIDE can be overridden (send `overrides` with a written reason), ACKNOWLEDGE "
                    + "is a WARN finding to list in `acknowledgedWarnings`, NONE cannot be charted. The first "
                    + "session makes the course ACTIVE, the last planned one COMPLETED (then MAINTENANCE when the "
                    + "protocol has maintenance). Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Charted; Location names the session.",
            headers = { @Header(name = "Location", description = "URL of the new session"),
                    @Header(name = "ETag", description = "The session's version: \"1\"") },
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No course with this id.")
    @APIResponse(responseCode = "409", description = "The course is COMPLETED or STOPPED.")
    @APIResponse(responseCode = "422", description = "rule-violated: `reasons` lists every refusal with its code "
            + "(depth-out-of-range, no-depth-limit, depth-step-exceeded, home-depth-needs-approval, home-depth-never, "
            + "numbing-required, numbing-dwell-too-short, client-not-bookable, client-unknown, screening-missing, "
            + "screening-expired, consent-missing, contraindication.<item>), area and resolution; or "
            + "idempotency-key-reused.")
    @APIResponse(responseCode = "503", description = "clients-service cannot confirm the client's facts; nothing was "
            + "stored.")
    public Response record(
            @Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("courseId") UUID courseId,
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of charting again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid SessionFields fields) {
        return idempotency.execute(idempotencyKey, "recordSession:" + courseId, fields,
                () -> sessions.clientFactsFor(courseId), facts -> {
                    SessionView created = SessionView.of(sessions.record(courseId, fields, facts));
                    URI location = UriBuilder.fromResource(SessionResource.class).path("{id}")
                            .build(courseId, created.id());
                    return IdempotentResult.created(location, EntityTags.of(created.version()), created);
                });
    }

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listSessions", summary = "List a course's sessions",
            description = "The course's sessions in order (sequence), with their current values and amendments, "
                    + "one page at a time. Practitioners and admins only.")
    @APIResponse(responseCode = "200", description = "One page of sessions.")
    @APIResponse(responseCode = "404", description = "No course with this id.")
    public Page<SessionView> list(
            @Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("courseId") UUID courseId,
            @BeanParam PageRequest page) {
        Page<ChartedSession> found = sessions.list(courseId, page.cursor(), page.limit());
        return new Page<>(found.items().stream().map(SessionView::of).toList(), found.nextCursor());
    }

    @GET
    @Path("{sessionId}")
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getSession", summary = "Read a session",
            description = "The session with its current values, its original values once amended, and every "
                    + "amendment. Practitioners and admins only.")
    @APIResponse(responseCode = "200", description = "The session; ETag carries its version.",
            headers = @Header(name = "ETag", description = "The session's version, e.g. \"2\""),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No course with this id, or no such session in it.")
    public Response get(
            @Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("courseId") UUID courseId,
            @Parameter(description = "The session's id.", example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")
            @PathParam("sessionId") UUID sessionId) {
        SessionView view = SessionView.of(sessions.get(courseId, sessionId));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    @Path("{sessionId}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "amendSession", summary = "Amend a session",
            description = "Corrects appointmentId, serums, immediateReaction, notes, aftercareGiven or the values "
                    + "charted on treated areas (device, depth, needle configuration, passes, directions, endpoint) "
                    + "with a reason; who, when and each change (from, to) are recorded, and the original stays "
                    + "readable. Corrected areas must pass the depth-range, depth-step (against the depths before "
                    + "this session), home-depth and numbing rules again, resolved by the session's overrides and "
                    + "the amendment's own; the depth history then shows the corrected depth. Which areas were "
                    + "treated, numbing, the session's overrides and acknowledgements cannot be amended. Requires "
                    + "If-Match with the session's ETag.")
    @APIResponse(responseCode = "200", description = "The session after the amendment; ETag carries its version.",
            headers = @Header(name = "ETag", description = "The session's new version"),
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No course with this id, or no such session in it.")
    @APIResponse(responseCode = "412", description = "The session was amended since the If-Match version.")
    @APIResponse(responseCode = "422", description = "A charting rule refuses the corrected values and nothing in the "
            + "amendment resolves it: reasons list each refusal with its resolution; nothing is stored.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response amend(
            @Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("courseId") UUID courseId,
            @Parameter(description = "The session's id.", example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")
            @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "The session's ETag from the caller's last read.", example = "\"1\"",
                    required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid AmendmentFields fields) {
        SessionView view = SessionView.of(sessions.amend(courseId, sessionId, EntityTags.requiredVersion(ifMatch),
                fields));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
