package care.needlepoint.scheduling.appointment.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RescheduleFields", description = "Move a booked appointment: a new start and, optionally, another "
        + "practitioner or room. Everything is checked again as for a new booking (client, consent, eligibility on "
        + "the new date, the protocol's current version, hours and conflicts).")
public record RescheduleFields(
        @Schema(description = "The new start, RFC 3339 with an offset.", example = "2026-04-06T10:00:00+01:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "Another practitioner; omit to keep the current one.",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a", nullable = true)
        UUID practitionerId,

        @Schema(description = "Another room; omit to keep the current one.",
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", nullable = true)
        UUID roomId,

        @Schema(description = "A new planned depth in mm; omit to keep the current one.", example = "1.25",
                minimum = "0.20", maximum = "3.00", multipleOf = 0.01, nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal plannedDepthMm,

        @Schema(description = "Numbing choice as when booking; omit to keep the current one.", example = "true",
                nullable = true)
        Boolean numbing,

        @Schema(description = "true to accept eligibility warnings on the new date.", example = "false",
                nullable = true)
        Boolean acknowledgeWarnings,

        @Schema(description = "Admin only: move over conflicts, with a reason (audited).", nullable = true)
        @Valid
        OverrideFields override) {
}
