package care.needlepoint.scheduling.calendar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.scheduling.calendar.domain.CalendarService;
import care.needlepoint.scheduling.platform.http.EntityTags;
import care.needlepoint.scheduling.platform.security.CurrentUser;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/clinic-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinic settings", description = "The clinic's time zone, opening hours, room turnover, hold length, "
        + "late-cancellation window and availability grid.")
public class ClinicSettingsResource {

    @Inject
    CalendarService calendar;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getClinicSettings", summary = "Read the clinic's settings")
    @APIResponse(responseCode = "200", description = "The settings; ETag carries their version.",
            headers = @Header(name = "ETag", description = "Version of the settings"),
            content = @Content(schema = @Schema(implementation = ClinicSettingsView.class)))
    public Response get() {
        ClinicSettingsView view = calendar.settings();
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateClinicSettings", summary = "Replace the clinic's settings",
            description = "Replaces every setting and the opening hours at once. Changing the time zone changes how "
                    + "every local rule is read from then on; booked appointments keep their instants.")
    @APIResponse(responseCode = "200", description = "The new settings.",
            headers = @Header(name = "ETag", description = "New version of the settings"),
            content = @Content(schema = @Schema(implementation = ClinicSettingsView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(
            @Parameter(description = "The ETag of the settings as last read.", example = "\"3\"", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ClinicSettingsFields fields) {
        long expected = EntityTags.requiredVersion(ifMatch);
        ClinicSettingsView view = calendar.updateSettings(fields, expected, currentUser.subject());
        return Response.ok(view).tag(EntityTags.of(view.version())).build();
    }
}
