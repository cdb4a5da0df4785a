package care.needlepoint.scheduling.appointment.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole series to book at once: the client, the protocol and every session's slot. */
@Schema(name = "SeriesBookingFields", description = "Every session of a series (e.g. a proposal's slots), booked all "
        + "or none. Sessions are in order; each lies within the protocol's spacingDays of the previous one, counted "
        + "in the clinic's local dates.")
public record SeriesBookingFields(
        @Schema(description = "The client (clients-service id); must exist, be bookable and consent to treatment.",
                example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        @NotNull
        UUID clientId,

        @Schema(description = "The treatment protocol (current version) of every session.",
                example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
        @NotNull
        UUID protocolId,

        @Schema(description = "The client's course in treatments-service these sessions belong to (e.g. the courseId "
                + "the proposal was made for); it must be the client's, on this protocol, and still PLANNED or "
                + "ACTIVE. The series keeps it.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", nullable = true)
        UUID courseId,

        @Schema(description = "The deepest needle depth planned, in mm (decides required numbing).", example = "1.50",
                minimum = "0.20", maximum = "3.00", multipleOf = 0.01, nullable = true)
        @DecimalMin("0.20") @DecimalMax("3.00")
        @Digits(integer = 1, fraction = 2, message = "must be a number of millimetres with at most two decimal places")
        BigDecimal plannedDepthMm,

        @Schema(description = "Numbing choice as when booking one appointment; omit to follow the protocol.",
                example = "true", nullable = true)
        Boolean numbing,

        @Schema(description = "true to book although the eligibility check WARNs; a BLOCK is never bookable.",
                example = "false", nullable = true)
        Boolean acknowledgeWarnings,

        @Schema(description = "The sessions in order, 1 to 12.", minItems = 1, maxItems = 12)
        @NotNull
        @Size(min = 1, max = 12)
        List<@NotNull @Valid Session> sessions) {

    @Schema(name = "SeriesSessionFields", description = "One session's slot.")
    public record Session(
            @Schema(description = "When the client arrives: RFC 3339 with an offset.",
                    example = "2027-03-29T10:00:00+01:00")
            @NotNull
            OffsetDateTime startsAt,

            @Schema(description = "The practitioner; must be active.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            @NotNull
            UUID practitionerId,

            @Schema(description = "The room; must be active.", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @NotNull
            UUID roomId) {
    }
}
