package care.needlepoint.scheduling.calendar.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeeklyHours", description = "The weekly hours of one practitioner or room. Availability also needs the "
        + "clinic to be open: these hours are intersected with the clinic's opening hours.")
public record WeeklyHoursView(
        @Schema(description = "The practitioner's or room's id.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID ownerId,
        @Schema(description = "True when no hours of its own are set and the clinic's opening hours apply.",
                example = "false")
        boolean followsClinicHours,
        @Schema(description = "The hours that apply, by weekday and start.", maxItems = 50)
        List<WeeklyIntervalFields> intervals) {
}
