package care.needlepoint.scheduling.appointment.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to hold or book one appointment. */
@Schema(name = "AppointmentFields", description = "What to hold or book: a client, a practitioner, a room and a start, "
        + "for a treatment protocol (its duration and numbing come from treatments-service) or for a plain duration "
        + "(a consultation). Give protocolId or durationMinutes, not both.")
public record AppointmentFields(
        @Schema(description = "The client (clients-service id); must exist and be bookable.",
                example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        @NotNull
        UUID clientId,

        @Schema(description = "The practitioner who treats; must be active.",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        @NotNull
        UUID practitionerId,

        @Schema(description = "The room; required with a protocol, optional for a plain appointment.",
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", nullable = true)
        UUID roomId,

        @Schema(description = "The treatment protocol (treatments-service id); its current version is booked.",
                example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", nullable = true)
        UUID protocolId,

        @Schema(description = "Length of a plain appointment without protocol, in minutes.", example = "30",
                minimum = "5", maximum = "600", nullable = true)
        @Min(5) @Max(600)
        Integer durationMinutes,

        @Schema(description = "What the calendar shows; defaults to the protocol's name, or \"Appointment\".",
                example = "Consultation", maxLength = 120, nullable = true)
        @Size(max = 120)
        String title,

        @Schema(description = "With a protocol: the deepest needle depth planned, in mm. Decides whether numbing is "
                + "required (REQUIRED_ABOVE_DEPTH).", example = "1.50", minimum = "0.20", maximum = "3.00",
                multipleOf = 0.01, nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal plannedDepthMm,

        @Schema(description = "With a protocol: true to plan numbing where it is optional, false to plan none where "
                + "it is not required; omit to follow the protocol (numbing when its policy requires it).",
                example = "true", nullable = true)
        Boolean numbing,

        @Schema(description = "When the client arrives and the appointment starts (numbing first, if any): RFC 3339 "
                + "with an offset.", example = "2026-03-30T10:00:00+01:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "true to book although the eligibility check WARNs (the warnings were discussed with "
                + "the client); a BLOCK is never bookable.", example = "false", nullable = true)
        Boolean acknowledgeWarnings,

        @Schema(description = "Notes for the practitioner and front desk; no clinical detail.",
                example = "Prefers morning appointments", maxLength = 2000, nullable = true)
        @Size(max = 2000)
        String notes,

        @Schema(description = "Admin only: book over conflicts and outside hours, with a reason (audited).",
                nullable = true)
        @Valid
        OverrideFields override) {
}
