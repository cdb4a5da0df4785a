package care.needlepoint.scheduling.calendar.persistence;

import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import care.needlepoint.scheduling.calendar.domain.OwnerKind;

/** One interval of weekly hours of the clinic, a practitioner or a room. */
@Entity
@Table(name = "weekly_hours")
public class WeeklyHoursEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public OwnerKind ownerKind;

    @Column(name = "owner_id")
    public UUID ownerId;

    /** ISO day of week, 1 = Monday. */
    @Column(name = "day_of_week", nullable = false)
    public short dayOfWeek;

    @Column(name = "starts", nullable = false)
    public LocalTime starts;

    @Column(name = "ends", nullable = false)
    public LocalTime ends;
}
