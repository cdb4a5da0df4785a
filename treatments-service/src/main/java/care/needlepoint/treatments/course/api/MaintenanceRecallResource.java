package care.needlepoint.treatments.course.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.treatments.clinic.ClinicConfig;
import care.needlepoint.treatments.course.domain.CourseService;
import care.needlepoint.treatments.course.domain.MaintenanceRecall;
import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.paging.PageRequest;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.shared.Ids;

@Path("/api/v1/maintenance-recalls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance recalls", description = "Courses whose series is complete and whose maintenance session is "
        + "due: the list scheduling-service and the front desk call clients from.")
public class MaintenanceRecallResource {

    @Inject
    CourseService courses;

    @Inject
    ClinicConfig clinic;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listMaintenanceRecalls", summary = "List courses due for maintenance",
            description = "Courses whose series is complete (status MAINTENANCE) and whose protocol has a "
                    + "maintenance interval, with their maintenanceDueWindow (clinic-local dates), last session and "
                    + "protocol version, when the window opens on or before dueBy (default: today in the clinic's "
                    + "time zone). A window that has already closed is still listed: the client is overdue. Ordered "
                    + "by window start, then id; one page at a time. A course leaves the list when it is stopped, "
                    + "and its window moves on with each maintenance session charted. Readable by service, "
                    + "front-desk, practitioner and admin.")
    @APIResponse(responseCode = "200", description = "One page of recalls.")
    @APIResponse(responseCode = "400", description = "dueBy is not a date, clientId not an id, or cursor or limit "
            + "invalid; `violations` names the parameter.")
    public Page<MaintenanceRecallView> list(
            @Parameter(description = "Only courses whose window opens on or before this clinic-local date "
                    + "(YYYY-MM-DD); default today in the clinic's time zone.", example = "2026-11-21",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueBy") String dueBy,
            @Parameter(description = "Only this client's courses.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("clientId") String clientId,
            @BeanParam PageRequest page) {
        LocalDate by = QueryParameters.dateValue("dueBy", dueBy);
        Page<MaintenanceRecall> found = courses.listMaintenanceRecalls(
                by == null ? LocalDate.now(clock.withZone(clinic.timeZone())) : by,
                Ids.optionalQuery("clientId", clientId), page.cursor(), page.limit());
        return new Page<>(found.items().stream().map(MaintenanceRecallView::of).toList(), found.nextCursor());
    }
}
