package care.needlepoint.scheduling.recall.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to book the maintenance session a recall is due for. The client and protocol come from the course. */
@Schema(name = "RecallBookingFields", description = "When and with whom to book a recall's maintenance session. The "
        + "client and the protocol are the course's (treatments-service); the date must lie in its maintenance due "
        + "window.")
public record RecallBookingFields(
        @Schema(description = "When the client arrives (numbing first, if any): RFC 3339 with an offset. Its date in "
                + "the clinic's time zone must lie within the course's maintenanceDueWindow.",
                example = "2027-05-24T10:00:00+01:00")
        @NotNull
        OffsetDateTime startsAt,

        @Schema(description = "The practitioner who treats; must be active.",
                example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        @NotNull
        UUID practitionerId,

        @Schema(description = "The room; a treatment needs one.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        @NotNull
        UUID roomId,

        @Schema(description = "The deepest needle depth planned, in mm. Decides whether numbing is required "
                + "(REQUIRED_ABOVE_DEPTH).", example = "1.50", minimum = "0.20", maximum = "3.00", multipleOf = 0.01,
                nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal plannedDepthMm,

        @Schema(description = "true to plan numbing where it is optional, false to plan none where it is not "
                + "required; omit to follow the protocol.", example = "true", nullable = true)
        Boolean numbing,

        @Schema(description = "true to book although the eligibility check WARNs (the warnings were discussed with "
                + "the client); a BLOCK is never bookable.", example = "false", nullable = true)
        Boolean acknowledgeWarnings,

        @Schema(description = "Notes for the practitioner and front desk; no clinical detail.",
                example = "Called on 2027-05-02; prefers mornings", maxLength = 2000, nullable = true)
        @Size(max = 2000)
        String notes) {
}
