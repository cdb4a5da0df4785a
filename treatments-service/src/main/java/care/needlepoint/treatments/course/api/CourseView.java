package care.needlepoint.treatments.course.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import care.needlepoint.treatments.course.domain.Course;
import care.needlepoint.treatments.course.domain.CourseStatus;

/** A course as the API shows it: no clinical notes, so front-desk and scheduling-service may read it. */
@Schema(name = "Course", description = "One client's course of treatment on one protocol version, with the windows "
        + "scheduling books into. Holds no clinical notes: session records are read separately.")
public record CourseView(
        @Schema(description = "Server-assigned id.", readOnly = true, example = "0b6f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
        UUID id,
        @Schema(description = "The client's id in clients-service.", example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55")
        UUID clientId,
        @Schema(description = "The protocol's id.", example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b")
        UUID protocolId,
        @Schema(description = "The protocol version the course started with and keeps, whatever later edits do.",
                example = "1", minimum = "1")
        int protocolVersion,
        @Schema(description = "That version's name.", example = "Acne scar revision (clinic)", maxLength = 120)
        String protocolName,
        @Schema(description = "The treated areas with their starting device and depth.", minItems = 1,
                maxItems = 21)
        List<CourseAreaFields> areas,
        @Schema(description = "Sessions planned in the series.", example = "4", minimum = "1", maximum = "12")
        int plannedSessions,
        @Schema(description = "Sessions of the series charted so far (maintenance sessions not counted).",
                example = "2", minimum = "0", maximum = "12")
        int sessionsCompleted,
        @Schema(description = "The responsible practitioner's token subject.", example = "practitioner-ana",
                maxLength = 255)
        String practitioner,
        @Schema(description = "PLANNED, ACTIVE, COMPLETED, MAINTENANCE or STOPPED.", example = "ACTIVE")
        CourseStatus status,
        @Schema(description = "Why the course was stopped; null unless STOPPED.", nullable = true, maxLength = 500,
                example = "Client moved away; continues at another clinic.")
        String stopReason,
        @Schema(description = "When the latest session (series or maintenance) was performed (RFC 3339, UTC); null "
                + "before the first.", nullable = true, example = "2026-11-21T09:30:00Z")
        Instant lastSessionAt,
        @Schema(description = "When the last planned session was charted (RFC 3339, UTC); null until then.",
                nullable = true, example = "2027-02-13T10:00:00Z")
        Instant completedAt,
        @Schema(description = "For scheduling: the days the next session of the series is due, from the last "
                + "session's local date plus the protocol's spacingDays.min to plus spacingDays.max, in the clinic's "
                + "time zone. Null before the first session (book it any day), once the series is complete, and when "
                + "STOPPED.", nullable = true)
        DateWindowView nextSessionWindow,
        @Schema(description = "For scheduling and recalls: once the series is complete, the days maintenance is due, "
                + "from the last session's local date plus the protocol's maintenanceIntervalMonths.min to plus .max "
                + "(calendar months), in the clinic's time zone; moves on with each maintenance session. Null while "
                + "the series runs, when STOPPED, and when the protocol has no maintenance.", nullable = true)
        DateWindowView maintenanceDueWindow,
        @Schema(description = "The clinic's IANA time zone the windows are counted in "
                + "(needlepoint.clinic.time-zone).", example = "Europe/London", maxLength = 64)
        String clinicTimeZone,
        @Schema(description = "Every status change, oldest first, starting with the creation (from null to "
                + "PLANNED).", minItems = 1)
        List<StatusChangeView> statusHistory,
        @Schema(description = "When the course was created (RFC 3339, UTC).", readOnly = true,
                example = "2026-11-14T16:00:00Z")
        Instant createdAt,
        @Schema(description = "Who created it (token subject).", readOnly = true, example = "practitioner-ana",
                maxLength = 255)
        String createdBy,
        @Schema(description = "When it last changed: a status change or a charted session.", readOnly = true,
                example = "2026-11-21T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Changes with every status change and charted session; the ETag is this number in "
                + "double quotes.", readOnly = true, example = "3", minimum = "1")
        long version) {

    public static CourseView of(Course course) {
        return new CourseView(course.id(), course.clientId(), course.protocolId(), course.protocolVersion(),
                course.protocolName(),
                course.areas().stream().map(a -> new CourseAreaFields(a.area(), a.deviceType(), a.startingDepthMm()))
                        .toList(),
                course.plannedSessions(), course.sessionsDone(), course.practitioner(), course.status(),
                course.stopReason(), course.lastSessionAt(), course.completedAt(),
                DateWindowView.of(course.nextSessionWindow()), DateWindowView.of(course.maintenanceDueWindow()),
                course.clinicTimeZone().getId(),
                course.statusHistory().stream().map(c -> new StatusChangeView(c.from(), c.to(), c.reason(), c.at(),
                        c.by())).toList(),
                course.createdAt(), course.createdBy(), course.updatedAt(), course.version());
    }
}
