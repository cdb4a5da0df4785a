package care.needlepoint.treatments.course.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import care.needlepoint.treatments.course.domain.CourseStatus;

/** A row of course_status_change: who moved the course from which status to which, when and why. */
@Embeddable
public class StatusChangeRow {

    /** Null for the course's creation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CourseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CourseStatus toStatus;

    @Column(name = "reason")
    public String reason;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    public static StatusChangeRow of(CourseStatus from, CourseStatus to, String reason, Instant at, String by) {
        StatusChangeRow row = new StatusChangeRow();
        row.fromStatus = from;
        row.toStatus = to;
        row.reason = reason;
        row.changedAt = at;
        row.changedBy = by;
        return row;
    }
}
