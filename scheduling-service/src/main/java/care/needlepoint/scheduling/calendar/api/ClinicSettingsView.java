package care.needlepoint.scheduling.calendar.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClinicSettings", description = "The clinic's settings: time zone, opening hours, turnover, holds, "
        + "late-cancellation window and the availability grid.")
public record ClinicSettingsView(
        @Schema(description = "The clinic's IANA time zone.", example = "Europe/London", maxLength = 64)
        String timeZone,
        @Schema(description = "Cancellations less than this many minutes before the start are late.",
                example = "1440", minimum = "0", maximum = "10080")
        int lateCancellationMinutes,
        @Schema(description = "Room turnover after each procedure, in minutes.", example = "15", minimum = "0",
                maximum = "120")
        int turnoverMinutes,
        @Schema(description = "How long a hold lasts, in minutes.", example = "5", minimum = "1", maximum = "60")
        int holdMinutes,
        @Schema(description = "The availability grid in minutes.", example = "15", minimum = "5", maximum = "60")
        int slotMinutes,
        @Schema(description = "Weekly opening hours, by weekday and start.", maxItems = 50)
        List<WeeklyIntervalFields> openingHours,
        @Schema(description = "When the settings last changed (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Who last changed them (token subject).", readOnly = true, example = "admin:jo.bloggs",
                maxLength = 255)
        String updatedBy,
        @Schema(description = "Increases with every change; the ETag is this number in double quotes.", readOnly = true,
                example = "3", minimum = "0")
        long version) {
}
