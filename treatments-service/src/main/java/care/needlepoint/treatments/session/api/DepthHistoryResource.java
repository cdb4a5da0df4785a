package care.needlepoint.treatments.session.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.session.domain.SessionService;

@Path("/api/v1/courses/{courseId}/depth-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class DepthHistoryResource {

    @Inject
    SessionService sessions;

    @GET
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getCourseDepthHistory", summary = "Read a course's depth history",
            description = "Per treated area, the starting depth and the depth and device of every session, oldest "
                    + "first, with the last depth the next session's progression limit builds on. Practitioners and "
                    + "admins only.")
    @APIResponse(responseCode = "200", description = "The depth history.")
    @APIResponse(responseCode = "404", description = "No course with this id.")
    public DepthHistoryView get(
            @Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("courseId") UUID courseId,
            @Parameter(description = "Only this area.", schema = @Schema(implementation = BodyArea.class))
            @QueryParam("area") String area) {
        return DepthHistoryView.of(sessions.depthHistory(courseId, QueryParameters.enumValue("area", area,
                BodyArea.class)));
    }
}
