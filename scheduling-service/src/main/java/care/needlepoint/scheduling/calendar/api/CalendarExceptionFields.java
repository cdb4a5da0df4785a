package care.needlepoint.scheduling.calendar.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.calendar.domain.ExceptionKind;

@Schema(name = "CalendarExceptionFields", description = "A dated exception in the clinic's local time: from "
        + "`startsOn` at `startTime` (or the start of that day) to `endsOn` at `endTime` (or the end of that day). "
        + "A local time that does not exist on its date (clocks going forward) is refused with a 400 naming the "
        + "field; an ambiguous one (clocks going back) means its first occurrence.")
public record CalendarExceptionFields(
        @Schema(description = "CLOSURE: the clinic is closed (no practitioner or room); TIME_OFF: one practitioner or "
                + "room is away; EXTRA_HOURS: hours beyond the weekly ones for the clinic, a practitioner or a room.",
                example = "TIME_OFF")
        @NotNull
        ExceptionKind kind,

        @Schema(description = "The practitioner it concerns; at most one of practitionerId and roomId.",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a", nullable = true)
        UUID practitionerId,

        @Schema(description = "The room it concerns; at most one of practitionerId and roomId.",
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", nullable = true)
        UUID roomId,

        @Schema(description = "First local date.", example = "2026-12-24")
        @NotNull
        LocalDate startsOn,

        @Schema(description = "Local time on startsOn, HH:mm; omit for the start of the day.", example = "13:00",
                pattern = LocalTimes.PATTERN, minLength = 5, maxLength = 5, nullable = true)
        @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String startTime,

        @Schema(description = "Last local date (inclusive); omit for startsOn. At most 366 days after startsOn.",
                example = "2026-12-24", nullable = true)
        LocalDate endsOn,

        @Schema(description = "Local time on endsOn, HH:mm; omit for the end of the day.", example = "18:00",
                pattern = LocalTimes.PATTERN, minLength = 5, maxLength = 5, nullable = true)
        @Pattern(regexp = LocalTimes.PATTERN, message = LocalTimes.MESSAGE)
        String endTime,

        @Schema(description = "Why, for colleagues.", example = "Christmas Eve: closing early", maxLength = 500,
                nullable = true)
        @Size(max = 500)
        String reason) {
}
