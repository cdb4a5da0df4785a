package care.needlepoint.scheduling.calendar.api;

import java.time.DayOfWeek;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One interval of weekly hours, in wall-clock time of the clinic's zone. */
@Schema(name = "WeeklyInterval", description = "Wall-clock hours on one weekday, every week, in the clinic's time zone. "
        + "Several intervals per day are allowed (a lunch break is two) but they must not overlap.")
public record WeeklyIntervalFields(
        @Schema(description = "The weekday.", example = "TUESDAY")
        @NotNull
        DayOfWeek dayOfWeek,

        @Schema(description = "Local start time, HH:mm (24-hour).", example = "09:00", pattern = LocalTimes.PATTERN,
                minLength = 5, maxLength = 5)
        @NotNull @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String starts,

        @Schema(description = "Local end time, HH:mm (24-hour), after `starts`.", example = "17:30",
                pattern = LocalTimes.PATTERN, minLength = 5, maxLength = 5)
        @NotNull @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String ends) {
}
