package care.needlepoint.treatments.course.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.course.domain.CourseStatus;
import care.needlepoint.treatments.course.domain.MaintenanceRecall;

/** A course due for maintenance, as the recall list shows it: what the front desk needs to call and book. */
@Schema(name = "MaintenanceRecall", description = "A course whose series is complete and whose protocol has "
        + "maintenance, with the window its maintenance session is due in. No clinical notes.")
public record MaintenanceRecallView(
        @Schema(description = "The course's id.", example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
        UUID courseId,
        @Schema(description = "The client's id in clients-service.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID protocolId,
        @Schema(description = "The protocol version the course follows.", example = "1", minimum = "1")
        int protocolVersion,
        @Schema(description = "The course's status: MAINTENANCE (the series is complete and maintenance follows).",
                example = "MAINTENANCE")
        CourseStatus status,
        @Schema(description = "The responsible practitioner's token subject.", example = "practitioner-ana",
                maxLength = 255)
        String practitioner,
        @Schema(description = "When the latest session (the series' last, or the latest maintenance session) was "
                + "performed (RFC 3339, UTC).", example = "2026-05-21T09:30:00Z")
        Instant lastSessionAt,
        @Schema(description = "That session's date in the clinic's time zone (YYYY-MM-DD): the window counts from it.",
                example = "2026-05-21")
        LocalDate lastSessionOn,
        @Schema(description = "The days the maintenance session is due: lastSessionOn plus the protocol's "
                + "maintenanceIntervalMonths.min to plus .max calendar months, both ends included, in the clinic's "
                + "time zone.")
        DateWindowView maintenanceDueWindow,
        @Schema(description = "The clinic's IANA time zone the dates are counted in.", example = "Europe/London",
                maxLength = 64)
        String clinicTimeZone) {

    public static MaintenanceRecallView of(MaintenanceRecall recall) {
        return new MaintenanceRecallView(recall.courseId(), recall.clientId(), recall.protocolId(),
                recall.protocolVersion(), recall.status(), recall.practitioner(), recall.lastSessionAt(),
                recall.lastSessionOn(), DateWindowView.of(recall.maintenanceDueWindow()),
                recall.clinicTimeZone().getId());
    }
}
