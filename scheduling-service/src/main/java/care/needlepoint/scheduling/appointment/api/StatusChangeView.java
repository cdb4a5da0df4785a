package care.needlepoint.scheduling.appointment.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;
import care.needlepoint.scheduling.appointment.persistence.StatusChangeEntity;

@Schema(name = "StatusChange", description = "One change of an appointment's status: from what, to what, who, when.")
public record StatusChangeView(
        @Schema(description = "The status before; null for the creation.", nullable = true, example = "BOOKED")
        AppointmentStatus from,
        @Schema(description = "The status after.", example = "CHECKED_IN")
        AppointmentStatus to,
        @Schema(description = "Who (token subject, or scheduling-service for a lapsed hold).",
                example = "front-desk:sam.reid", maxLength = 255)
        String changedBy,
        @Schema(description = "When (RFC 3339, UTC).", example = "2026-03-30T08:58:00Z")
        Instant changedAt,
        @Schema(description = "Why, where one was given (cancellations, overrides, reschedules).", nullable = true,
                example = "Client is unwell", maxLength = 500)
        String reason) {

    public static StatusChangeView of(StatusChangeEntity change) {
        return new StatusChangeView(change.fromStatus, change.toStatus, change.changedBy, change.changedAt,
                change.reason);
    }
}
