package care.needlepoint.treatments.course.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A course due for maintenance: its series is complete, its protocol has maintenance, and its maintenance due window
 * has opened (or opens by the date asked about). What the front desk needs to call the client and book.
 */
public record MaintenanceRecall(UUID courseId, UUID clientId, UUID protocolId, int protocolVersion,
        CourseStatus status, String practitioner, Instant lastSessionAt, LocalDate lastSessionOn,
        DateWindow maintenanceDueWindow, ZoneId clinicTimeZone) {
}
