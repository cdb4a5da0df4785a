package care.needlepoint.scheduling.appointment.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a booking collided with, for a 409 problem's {@code conflicts}: the other appointment, which party both need
 * (PRACTITIONER, ROOM or CLIENT) and when that party is busy with it.
 */
public record Collision(String with, UUID appointmentId, Instant busyFrom, Instant busyUntil) {
}
