package care.needlepoint.scheduling.appointment.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Availability", description = "Free start times in the requested range, earliest first (then by "
        + "practitioner id).")
public record AvailabilityView(
        @Schema(description = "The clinic's time zone, in which the dates and offsets are read.",
                example = "Europe/London", maxLength = 64)
        String timeZone,
        @Schema(description = "Minutes of numbing planned before each procedure.", example = "30", minimum = "0")
        int numbingMinutes,
        @Schema(description = "Minutes of each procedure.", example = "45", minimum = "5")
        int procedureMinutes,
        @Schema(description = "The free slots, at most `limit`.", maxItems = 500)
        List<SlotView> slots,
        @Schema(description = "True when more slots exist than were returned: narrow the range or raise the limit.",
                example = "false")
        boolean truncated) {
}
