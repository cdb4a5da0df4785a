package care.needlepoint.scheduling.calendar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import care.needlepoint.scheduling.calendar.domain.ExceptionKind;
import care.needlepoint.scheduling.calendar.domain.OwnerKind;

/** A dated exception to weekly hours: time off, a closure or extra hours. */
@Entity
@Table(name = "calendar_exception")
public class CalendarExceptionEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ExceptionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public OwnerKind ownerKind;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "end_time")
    public LocalTime endTime;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "reason")
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
