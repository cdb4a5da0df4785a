package care.needlepoint.scheduling.calendar.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.platform.validation.IanaTimeZone;

/** What an administrator sets for the whole clinic. */
@Schema(name = "ClinicSettingsFields", description = "The clinic's settings as an administrator sets them; every field "
        + "is required (the whole document is replaced).")
public record ClinicSettingsFields(
        @Schema(description = "The clinic's IANA time zone: every local rule (opening hours, working hours, "
                + "exceptions, late cancellation) is read in it.", example = "Europe/London", maxLength = 64)
        @NotNull @Size(max = 64) @IanaTimeZone
        String timeZone,

        @Schema(description = "A cancellation less than this many minutes before the appointment starts is flagged "
                + "late.", example = "1440", minimum = "0", maximum = "10080")
        @NotNull @Min(0) @Max(10080)
        Integer lateCancellationMinutes,

        @Schema(description = "Minutes a room stays busy after each procedure for cleaning and setting up.",
                example = "15", minimum = "0", maximum = "120")
        @NotNull @Min(0) @Max(120)
        Integer turnoverMinutes,

        @Schema(description = "How long a hold keeps a slot before it lapses, in minutes.", example = "5",
                minimum = "1", maximum = "60")
        @NotNull @Min(1) @Max(60)
        Integer holdMinutes,

        @Schema(description = "Availability offers start times on this grid of local wall-clock minutes (15: at :00, "
                + ":15, :30 and :45). One of 5, 10, 15, 20, 30, 60.", example = "15", minimum = "5", maximum = "60")
        @NotNull @Min(5) @Max(60)
        Integer slotMinutes,

        @Schema(description = "The clinic's weekly opening hours; nobody can be booked outside them (extra hours "
                + "aside). An empty list closes the clinic every day.", maxItems = 50)
        @NotNull @Size(max = 50)
        List<@NotNull @Valid WeeklyIntervalFields> openingHours) {
}
