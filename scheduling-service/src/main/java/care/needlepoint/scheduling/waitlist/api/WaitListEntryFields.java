package care.needlepoint.scheduling.waitlist.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client asking to be offered a freed slot. */
@Schema(name = "WaitListEntryFields", description = "Who waits, for what (a protocol, or a plain duration), in which "
        + "window of clinic-local dates (e.g. a course's next-session window), and optionally with which practitioner "
        + "and in which local times. Give protocolId or durationMinutes, not both.")
public record WaitListEntryFields(
        @Schema(description = "The client (clients-service id); must exist and be bookable.",
                example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        @NotNull
        UUID clientId,

        @Schema(description = "The treatment protocol (treatments-service id); its current version sets the minutes "
                + "needed, numbing included.", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", nullable = true)
        UUID protocolId,

        @Schema(description = "Without a protocol: the minutes of a plain appointment (a consultation).",
                example = "30", minimum = "5", maximum = "600", nullable = true)
        @Min(5) @Max(600)
        Integer durationMinutes,

        @Schema(description = "With a protocol: the planned deepest needle depth in mm (decides required numbing, as "
                + "when booking).", example = "1.50", minimum = "0.20", maximum = "3.00", multipleOf = 0.01,
                nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal plannedDepthMm,

        @Schema(description = "With a protocol: numbing choice as when booking; omit to follow the protocol.",
                example = "true", nullable = true)
        Boolean numbing,

        @Schema(description = "The first clinic-local date the client could come.", example = "2027-03-01")
        @NotNull
        LocalDate earliestDate,

        @Schema(description = "The last clinic-local date the client could come, at most 730 days ahead; after it "
                + "the entry reads as EXPIRED.", example = "2027-03-14")
        @NotNull
        LocalDate latestDate,

        @Schema(description = "Only slots of this practitioner; omit for any.",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a", nullable = true)
        UUID practitionerId,

        @Schema(description = "Preferred local times, from (HH:mm, clinic time): the client arrives at or after it. "
                + "Give both or neither.", example = "09:00", maxLength = 5,
                pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", nullable = true)
        @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "must be a local time HH:mm")
        String preferredTimeFrom,

        @Schema(description = "Preferred local times, to (HH:mm, clinic time): the procedure ends at or before it.",
                example = "13:00", maxLength = 5, pattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$", nullable = true)
        @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "must be a local time HH:mm")
        String preferredTimeTo,

        @Schema(description = "For the front desk (how to reach the client, what they said); no clinical detail.",
                example = "Can come at an hour's notice; call the mobile", maxLength = 500, nullable = true)
        @Size(max = 500)
        String note) {
}
