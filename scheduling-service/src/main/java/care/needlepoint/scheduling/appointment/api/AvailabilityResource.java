package care.needlepoint.scheduling.appointment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import care.needlepoint.scheduling.appointment.domain.AvailabilityService;
import care.needlepoint.scheduling.platform.http.QueryParameters;
import care.needlepoint.scheduling.platform.problem.Problems;
import care.needlepoint.scheduling.platform.security.CurrentUser;
import care.needlepoint.scheduling.platform.security.Roles;

@Path("/api/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability", description = "Free start times for a protocol or a plain duration.")
public class AvailabilityResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @Inject
    AvailabilityService availability;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.INTEGRATION, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "searchAvailability", summary = "Find free start times",
            description = "Start times on the clinic's slot grid on the local dates from..to (at most "
                    + AvailabilityService.MAX_DAYS + " days), for one practitioner or any active one, with a free "
                    + "room when a protocol (or a roomId) needs one. Honours working hours, exceptions, bookings, "
                    + "live holds and the phases: the practitioner must be free for the procedure only, the room "
                    + "from arrival to the end of turnover. The client's own calendar is not consulted: booking "
                    + "checks it.")
    @APIResponse(responseCode = "200", description = "The free slots.")
    @APIResponse(responseCode = "503", description = "treatments-service could not give the protocol.")
    public AvailabilityView search(
            @Parameter(description = "The protocol to book; or give durationMinutes.",
                    example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("protocolId") String protocolId,
            @Parameter(description = "Plain duration in minutes (5-600); or give protocolId.", example = "30",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "5", maximum = "600"))
            @QueryParam("durationMinutes") String durationMinutes,
            @Parameter(description = "With a protocol: planned depth in mm, deciding required numbing.",
                    example = "1.50", schema = @Schema(type = SchemaType.NUMBER, minimum = "0.20", maximum = "3.00"))
            @QueryParam("plannedDepthMm") String plannedDepthMm,
            @Parameter(description = "With a protocol: numbing choice as when booking.", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("numbing") String numbing,
            @Parameter(description = "First local date.", required = true, example = "2026-03-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last local date (inclusive).", required = true, example = "2026-04-26",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only this practitioner; omit for any active one.",
                    example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("practitionerId") String practitionerId,
            @Parameter(description = "Only this room; omit for any active one.",
                    example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("roomId") String roomId,
            @Parameter(description = "Most slots to return.", example = "100", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit) {
        LocalDate first = QueryParameters.dateValue("from", from);
        LocalDate last = QueryParameters.dateValue("to", to);
        if (first == null) {
            throw Problems.invalid("query", "from", "is required");
        }
        if (last == null) {
            throw Problems.invalid("query", "to", "is required");
        }
        AvailabilityService.Query query = new AvailabilityService.Query(uuid("protocolId", protocolId),
                integer("durationMinutes", durationMinutes, 5, 600, null), depth(plannedDepthMm),
                QueryParameters.booleanValue("numbing", numbing), first, last, uuid("practitionerId", practitionerId),
                uuid("roomId", roomId), integer("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT));
        return availability.search(query, currentUser.subject());
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("query", name, "must be a UUID");
        }
    }

    private static Integer integer(String name, String value, int min, int max, Integer absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalid("query", name, "must be a whole number from " + min + " to " + max);
    }

    private static BigDecimal depth(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(value.trim());
            if (parsed.compareTo(new BigDecimal("0.20")) >= 0 && parsed.compareTo(new BigDecimal("3.00")) <= 0
                    && parsed.stripTrailingZeros().scale() <= 2) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.invalid("query", "plannedDepthMm", "must be a depth in mm from 0.20 to 3.00");
    }
}
