package care.needlepoint.scheduling.recall.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An appointment booked from a maintenance recall: the course and the due window it was booked for. Written once. */
@Entity
@Table(name = "recall_booking")
public class RecallBookingEntity {

    @Id
    public UUID id;

    /** treatments-service's course id (a plain id: no foreign keys across services). */
    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    /** The maintenance due window at booking time; it identifies the recall the appointment answers. */
    @Column(name = "window_earliest", nullable = false)
    public LocalDate windowEarliest;

    @Column(name = "window_latest", nullable = false)
    public LocalDate windowLatest;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
