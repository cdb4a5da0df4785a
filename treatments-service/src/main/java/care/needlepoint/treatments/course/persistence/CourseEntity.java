package care.needlepoint.treatments.course.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import care.needlepoint.treatments.course.domain.CourseStatus;

/**
 * A client's course of treatment. Never leaves the service: the API speaks in records (course.api). The areas are
 * written once; status changes are only ever appended (the database refuses anything else, V4__course.sql).
 */
@Entity
@Table(name = "course")
public class CourseEntity {

    @Id
    public UUID id;

    /** clients-service's id, confirmed there when the course was created. */
    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "protocol_id", nullable = false)
    public UUID protocolId;

    /** The protocol version the course started with and keeps. */
    @Column(name = "protocol_version", nullable = false)
    public int protocolVersion;

    @Column(name = "planned_sessions", nullable = false)
    public int plannedSessions;

    /** The token subject of the practitioner responsible for the course. */
    @Column(name = "practitioner", nullable = false)
    public String practitioner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CourseStatus status;

    @Column(name = "stop_reason")
    public String stopReason;

    @Column(name = "series_sessions_done", nullable = false)
    public int seriesSessionsDone;

    @Column(name = "last_session_at")
    public Instant lastSessionAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /**
     * The maintenance due window (clinic-local dates, both ends included), as CourseWindows.maintenanceDue says; null
     * while there is none. Stored, not only worked out, so that the recall list can query it with an index.
     */
    @Column(name = "maintenance_due_from")
    public LocalDate maintenanceDueFrom;

    @Column(name = "maintenance_due_until")
    public LocalDate maintenanceDueUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The ETag: one more for every change, including a charted session (which moves the windows). */
    @Column(name = "version", nullable = false)
    public long version;

    @ElementCollection
    @CollectionTable(name = "course_area", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    public List<CourseAreaRow> areas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "course_status_change", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    public List<StatusChangeRow> statusChanges = new ArrayList<>();

    /** Stores the maintenance due window the course now has (null for none), for the recall list. */
    public void maintenanceDue(LocalDate from, LocalDate until) {
        maintenanceDueFrom = from;
        maintenanceDueUntil = until;
    }

    /** Moves to {@code to}, recording who, when and why. */
    public void changeStatus(CourseStatus to, String reason, Instant at, String by) {
        statusChanges.add(StatusChangeRow.of(status, to, reason, at, by));
        status = to;
        updatedAt = at;
    }
}
