package care.needlepoint.treatments.course.api;

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

import care.needlepoint.treatments.course.domain.Course;
import care.needlepoint.treatments.course.domain.CourseService;
import care.needlepoint.treatments.course.domain.CourseStatus;
import care.needlepoint.treatments.platform.http.EntityTags;
import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.platform.idempotency.Idempotency;
import care.needlepoint.treatments.platform.idempotency.IdempotentResult;
import care.needlepoint.treatments.platform.paging.Page;
import care.needlepoint.treatments.platform.paging.PageRequest;
import care.needlepoint.treatments.platform.security.Roles;
import care.needlepoint.treatments.shared.Ids;

@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "Clients' courses of treatment: the protocol version each follows, the treated "
        + "areas with their starting depths, the planned sessions, the status with its history, and the windows "
        + "scheduling books into (next session, maintenance due). No clinical notes: front-desk and services read "
        + "courses; session records are for practitioners and admins.")
public class CourseResource {

    private static final String READERS = " Readable by front-desk, practitioner, admin and service.";

    @Inject
    CourseService courses;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "createCourse", summary = "Start a course of treatment",
            description = "Creates a PLANNED course for a client on the protocol's current version, which the "
                    + "course keeps. The areas must be the protocol's treatment areas, each with a device the "
                    + "protocol has a depth limit for and a starting depth within it; plannedSessions within the "
                    + "protocol's range (400 naming the field otherwise). The client is confirmed with "
                    + "clients-service: unknown or not bookable is a 422; clients-service unavailable is a 503 and "
                    + "nothing is stored. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the course.",
            headers = { @Header(name = "Location", description = "URL of the new course"),
                    @Header(name = "ETag", description = "The course's version: \"1\"") },
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "422", description = "rule-violated with `reasons` [{code, message}]: "
            + "protocol-unknown, client-unknown or client-not-bookable; or idempotency-key-reused.")
    @APIResponse(responseCode = "503", description = "clients-service cannot confirm the client; nothing was "
            + "stored.")
    public Response create(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of creating again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid CourseFields fields) {
        return idempotency.execute(idempotencyKey, "createCourse", fields, () -> courses.check(fields), checked -> {
            CourseView created = CourseView.of(courses.create(checked));
            URI location = UriBuilder.fromResource(CourseResource.class).path("{id}").build(created.id());
            return IdempotentResult.created(location, EntityTags.of(created.version()), created);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.SERVICE })
    @Operation(operationId = "listCourses", summary = "List courses",
            description = "Courses newest first (then by id), optionally of one client and/or in one status, one "
                    + "page at a time." + READERS)
    @APIResponse(responseCode = "200", description = "One page of courses.")
    public Page<CourseView> list(
            @Parameter(description = "Only this client's courses.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("clientId") String clientId,
            @Parameter(description = "Only courses in this status.",
                    schema = @Schema(implementation = CourseStatus.class))
            @QueryParam("status") String status,
            @BeanParam PageRequest page) {
        Page<Course> found = courses.list(Ids.optionalQuery("clientId", clientId),
                QueryParameters.enumValue("status", status, CourseStatus.class), page.cursor(), page.limit());
        return new Page<>(found.items().stream().map(CourseView::of).toList(), found.nextCursor());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.SERVICE })
    @Operation(operationId = "getCourse", summary = "Read a course with its windows",
            description = "The course with nextSessionWindow and maintenanceDueWindow, which scheduling-service "
                    + "books into; its ETag is the version to send in If-Match when changing its status." + READERS)
    @APIResponse(responseCode = "200", description = "The course; ETag carries its version.",
            headers = @Header(name = "ETag", description = "The course's version, e.g. \"3\""),
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "404", description = "No course with this id.")
    public Response get(@Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("id") UUID id) {
        CourseView view = CourseView.of(courses.get(id));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @POST
    @Path("{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "changeCourseStatus", summary = "Start or stop a course",
            description = "ACTIVE starts a PLANNED course before its first session; STOPPED (with a reason) ends a "
                    + "course that is not COMPLETED. Who and when are recorded in statusHistory. Requires If-Match "
                    + "with the course's ETag. COMPLETED and MAINTENANCE follow from charting, never from here (409).")
    @APIResponse(responseCode = "200", description = "The course after the change; ETag carries its new version.",
            headers = @Header(name = "ETag", description = "The course's new version"),
            content = @Content(schema = @Schema(implementation = CourseView.class)))
    @APIResponse(responseCode = "404", description = "No course with this id.")
    @APIResponse(responseCode = "409", description = "The course cannot change to that status from its current one; "
            + "the detail says why.")
    @APIResponse(responseCode = "412", description = "The course changed since the If-Match version.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response changeStatus(
            @Parameter(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
            @PathParam("id") UUID id,
            @Parameter(description = "The course's ETag from the caller's last read.", example = "\"2\"",
                    required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid StatusChangeFields fields) {
        CourseView view = CourseView.of(courses.changeStatus(id, EntityTags.requiredVersion(ifMatch), fields.status(),
                fields.reason()));
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
