package care.needlepoint.scheduling.appointment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;
import care.needlepoint.scheduling.appointment.persistence.AppointmentEntity;

@Schema(name = "Appointment", description = "One appointment (or hold) with its phases: the client is busy from "
        + "startsAt to endsAt, the practitioner from procedureStartsAt to endsAt, the room from startsAt to roomFreeAt.")
public record AppointmentView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e")
        UUID id,
        @Schema(description = "HELD (a hold, until holdExpiresAt), EXPIRED (a lapsed or released hold), BOOKED, "
                + "CHECKED_IN, COMPLETED, CANCELLED or NO_SHOW.", example = "BOOKED")
        AppointmentStatus status,
        @Schema(description = "The client (clients-service id).", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The practitioner.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
        UUID practitionerId,
        @Schema(description = "The room, if any.", nullable = true, example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID roomId,
        @Schema(description = "The protocol (treatments-service id), if any.", nullable = true,
                example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
        UUID protocolId,
        @Schema(description = "The protocol version the durations were taken from.", nullable = true, example = "2",
                minimum = "1")
        Integer protocolVersion,
        @Schema(description = "What the calendar shows.", example = "Acne scar revision", maxLength = 120)
        String title,
        @Schema(description = "Planned deepest needle depth, mm.", nullable = true, example = "1.50")
        BigDecimal plannedDepthMm,
        @Schema(description = "Whether numbing is planned.", example = "true")
        boolean numbing,
        @Schema(description = "Minutes of numbing before the procedure.", example = "30", minimum = "0")
        int numbingMinutes,
        @Schema(description = "Minutes of the procedure.", example = "45", minimum = "5")
        int procedureMinutes,
        @Schema(description = "Minutes the room needs after the procedure.", example = "15", minimum = "0")
        int turnoverMinutes,
        @Schema(description = "Client arrives; numbing (if any) starts (RFC 3339, UTC).",
                example = "2026-03-30T09:00:00Z")
        Instant startsAt,
        @Schema(description = "The procedure starts; the practitioner is busy from here (RFC 3339, UTC).",
                example = "2026-03-30T09:30:00Z")
        Instant procedureStartsAt,
        @Schema(description = "The procedure ends; client and practitioner are free (RFC 3339, UTC).",
                example = "2026-03-30T10:15:00Z")
        Instant endsAt,
        @Schema(description = "The room is free again after turnover (RFC 3339, UTC).",
                example = "2026-03-30T10:30:00Z")
        Instant roomFreeAt,
        @Schema(description = "For a hold: when it lapses unless confirmed (RFC 3339, UTC).", nullable = true,
                example = "2026-03-01T09:05:00Z")
        Instant holdExpiresAt,
        @Schema(description = "Whether eligibility warnings were acknowledged when booking.", example = "false")
        boolean warningsAcknowledged,
        @Schema(description = "Notes.", nullable = true, example = "Prefers morning appointments", maxLength = 2000)
        String notes,
        @Schema(description = "Booked over a conflict or outside hours by an administrator.", example = "false")
        boolean overridden,
        @Schema(description = "The administrator's reason, when overridden.", nullable = true,
                example = "Two-practitioner session agreed with both", maxLength = 500)
        String overrideReason,
        @Schema(description = "Set when cancelled.", nullable = true)
        CancellationView cancellation,
        @Schema(description = "The series this appointment is a session of, or null.", nullable = true,
                example = "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a")
        UUID seriesId,
        @Schema(description = "Its place in the series, from 1; null outside a series.", nullable = true,
                example = "2", minimum = "1", maximum = "12")
        Integer seriesSequence,
        @Schema(description = "Who booked or held it (token subject).", example = "front-desk:sam.reid",
                maxLength = 255)
        String createdBy,
        @Schema(description = "When it was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-03-01T09:00:00Z")
        Instant createdAt,
        @Schema(description = "When it last changed (RFC 3339, UTC).", readOnly = true,
                example = "2026-03-01T09:00:00Z")
        Instant updatedAt,
        @Schema(description = "Increases with every change; the ETag is this number in double quotes.",
                readOnly = true, example = "0", minimum = "0")
        long version) {

    @Schema(name = "Cancellation", description = "Who cancelled, when, why, and whether it was late.")
    public record CancellationView(
            @Schema(description = "The reason given.", example = "Client is unwell", maxLength = 500)
            String reason,
            @Schema(description = "Who cancelled (token subject).", example = "front-desk:sam.reid", maxLength = 255)
            String cancelledBy,
            @Schema(description = "When (RFC 3339, UTC).", example = "2026-03-29T18:00:00Z")
            Instant cancelledAt,
            @Schema(description = "Less than the clinic's late-cancellation window before the start.",
                    example = "true")
            boolean late) {
    }

    public static AppointmentView of(AppointmentEntity a) {
        CancellationView cancellation = a.cancelledAt == null ? null
                : new CancellationView(a.cancellationReason, a.cancelledBy, a.cancelledAt,
                        Boolean.TRUE.equals(a.lateCancellation));
        return new AppointmentView(a.id, a.status, a.clientId, a.practitionerId, a.roomId, a.protocolId,
                a.protocolVersion, a.title, a.plannedDepthMm, a.numbing, a.numbingMinutes, a.procedureMinutes,
                a.turnoverMinutes, a.startsAt, a.procedureStartsAt, a.procedureEndsAt, a.roomFreeAt,
                a.holdExpiresAt, a.warningsAcknowledged, a.notes, a.overridden, a.overrideReason, cancellation,
                a.seriesId, a.seriesSequence, a.createdBy, a.createdAt, a.updatedAt, a.version);
    }
}
