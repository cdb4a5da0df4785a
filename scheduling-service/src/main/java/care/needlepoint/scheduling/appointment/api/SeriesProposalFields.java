package care.needlepoint.scheduling.appointment.api;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to plan a series for, and the caller's wishes. Nothing is stored. */
@Schema(name = "SeriesProposalFields", description = "A client and a course (treatments-service) or a protocol with a "
        + "session count; where the first session may lie (firstDate, or earliestStart for a two-week window; a "
        + "course's nextSessionWindow when neither is given) and preferences: weekday, local time window, "
        + "practitioner (or any).")
public record SeriesProposalFields(
        @Schema(description = "The client (clients-service id).", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        @NotNull
        UUID clientId,

        @Schema(description = "The client's course of treatment; its protocol and remaining sessions are planned. "
                + "Give courseId or protocolId.", example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", nullable = true)
        UUID courseId,

        @Schema(description = "The protocol (current version); give sessionCount with it.",
                example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", nullable = true)
        UUID protocolId,

        @Schema(description = "With protocolId: sessions to plan, within the protocol's session range.", example = "6",
                minimum = "1", maximum = "12", nullable = true)
        @Min(1) @Max(12)
        Integer sessionCount,

        @Schema(description = "The planned needle depth in mm (decides required numbing, as when booking).",
                example = "1.50", minimum = "0.20", maximum = "3.00", multipleOf = 0.01, nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal plannedDepthMm,

        @Schema(description = "Numbing choice as when booking; omit to follow the protocol.", example = "true",
                nullable = true)
        Boolean numbing,

        @Schema(description = "The first session on exactly this local date; or give earliestStart.",
                example = "2027-03-15", nullable = true)
        LocalDate firstDate,

        @Schema(description = "The first session within 14 days from this local date; or give firstDate.",
                example = "2027-03-15", nullable = true)
        LocalDate earliestStart,

        @Schema(description = "Preferred weekday; later sessions keep the first session's weekday anyway.",
                example = "MONDAY", nullable = true)
        DayOfWeek preferredWeekday,

        @Schema(description = "Preferred local time window start (HH:mm, clinic time), inclusive.", example = "09:00",
                maxLength = 5, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", nullable = true)
        @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "must be a local time HH:mm")
        String preferredTimeFrom,

        @Schema(description = "Preferred local time window end (HH:mm, clinic time), exclusive.", example = "12:00",
                maxLength = 5, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", nullable = true)
        @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "must be a local time HH:mm")
        String preferredTimeTo,

        @Schema(description = "Only this practitioner; omit for any active one (the first session's is preferred).",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a", nullable = true)
        UUID practitionerId) {
}
