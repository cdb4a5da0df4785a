package care.needlepoint.scheduling.calendar.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeeklyHoursFields", description = "The weekly hours of a practitioner or room, replaced as a whole. An "
        + "empty list means \"same as the clinic's opening hours\".")
public record WeeklyHoursFields(
        @Schema(description = "The intervals; none to follow the clinic's opening hours.", maxItems = 50)
        @NotNull @Size(max = 50)
        List<@NotNull @Valid WeeklyIntervalFields> intervals) {
}
