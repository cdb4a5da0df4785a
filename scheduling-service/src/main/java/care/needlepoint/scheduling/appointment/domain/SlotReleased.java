package care.needlepoint.scheduling.appointment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Time that a booked appointment gave back: fired inside the transaction that cancels it or moves it away, so that
 * whoever waits for such time (the wait list) acts in the same transaction and a rollback undoes both.
 *
 * @param appointmentId the appointment that released the time
 * @param practitionerId whose time it was
 * @param roomId the room it used, or null
 * @param protocolId the protocol it was booked for, or null for a plain appointment
 * @param startsAt where the released time begins (the appointment's start, numbing included)
 * @param endsAt when the room would have been free again (turnover included; without a room, the procedure's end)
 * @param cause why: CANCELLED or RESCHEDULED
 */
public record SlotReleased(UUID appointmentId, UUID practitionerId, UUID roomId, UUID protocolId, Instant startsAt,
        Instant endsAt, Cause cause) {

    public enum Cause {
        CANCELLED, RESCHEDULED
    }
}
