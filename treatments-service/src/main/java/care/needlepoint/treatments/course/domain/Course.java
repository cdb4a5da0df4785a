package care.needlepoint.treatments.course.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/**
 * A course as the service shows it, with the windows worked out from its protocol version.
 *
 * @param sessionsDone        sessions of the series charted so far (maintenance sessions not counted)
 * @param nextSessionWindow   null before the first session, once the series is complete, and when stopped
 * @param maintenanceDueWindow null until the series is complete, and when the protocol has no maintenance
 */
public record Course(
        UUID id,
        UUID clientId,
        UUID protocolId,
        int protocolVersion,
        String protocolName,
        List<Area> areas,
        int plannedSessions,
        int sessionsDone,
        String practitioner,
        CourseStatus status,
        String stopReason,
        Instant lastSessionAt,
        Instant completedAt,
        DateWindow nextSessionWindow,
        DateWindow maintenanceDueWindow,
        ZoneId clinicTimeZone,
        List<StatusChange> statusHistory,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        long version) {

    public record Area(BodyArea area, DeviceType deviceType, BigDecimal startingDepthMm) {
    }

    public record StatusChange(CourseStatus from, CourseStatus to, String reason, Instant at, String by) {
    }
}
