package care.needlepoint.scheduling.recall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.scheduling.appointment.domain.AppointmentStatus;

/** A maintenance recall as the front desk sees it: whom to call, when maintenance is due, and what is booked. */
@Schema(name = "Recall", description = "A course due for maintenance (treatments-service), with the maintenance "
        + "appointment already booked for it from this recall, if any.")
public record RecallView(
        @Schema(description = "The course's id in treatments-service; book from the recall with it.",
                example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
        UUID courseId,
        @Schema(description = "The client's id in clients-service.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The course's protocol (treatments-service id).",
                example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID protocolId,
        @Schema(description = "The protocol version the course follows.", example = "1", minimum = "1")
        Integer protocolVersion,
        @Schema(description = "When the course's latest session was performed (RFC 3339, UTC).",
                example = "2026-11-21T09:30:00Z")
        Instant lastSessionAt,
        @Schema(description = "The days maintenance is due, in the clinic's time zone, both ends included.")
        Window maintenanceDueWindow,
        @Schema(description = "The maintenance appointment booked from this recall that still stands (not cancelled, "
                + "not a no-show); null when the client still needs a call.", nullable = true)
        BookedAppointment bookedAppointment) {

    @Schema(name = "RecallWindow", description = "Calendar days in the clinic's time zone, both ends included.")
    public record Window(
            @Schema(description = "The first day (YYYY-MM-DD).", example = "2027-05-21")
            LocalDate earliest,
            @Schema(description = "The last day (YYYY-MM-DD).", example = "2027-11-21")
            LocalDate latest) {
    }

    @Schema(name = "RecallAppointment", description = "The appointment booked from a recall, in brief; "
            + "getAppointment has the rest.")
    public record BookedAppointment(
            @Schema(description = "The appointment's id.", example = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b")
            UUID id,
            @Schema(description = "When the client arrives (RFC 3339, UTC).", example = "2027-05-24T09:00:00Z")
            Instant startsAt,
            @Schema(description = "BOOKED, CHECKED_IN or COMPLETED.", example = "BOOKED")
            AppointmentStatus status,
            @Schema(description = "The practitioner booked.", example = "9a4c6e1f-3b2d-4f8a-a5c7-2e1d0b9f8c7a")
            UUID practitionerId) {
    }
}
