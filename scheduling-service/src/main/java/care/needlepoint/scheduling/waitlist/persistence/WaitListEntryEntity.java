package care.needlepoint.scheduling.waitlist.persistence;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;

import care.needlepoint.scheduling.waitlist.domain.WaitListEntryStatus;

/** A client waiting for a slot (V8__wait_list.sql). */
@Entity
@Table(name = "wait_list_entry")
public class WaitListEntryEntity {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "protocol_id")
    public UUID protocolId;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "planned_depth_mm", precision = 3, scale = 2)
    public BigDecimal plannedDepthMm;

    @Column(name = "numbing")
    public Boolean numbing;

    @Column(name = "numbing_minutes", nullable = false)
    public int numbingMinutes;

    @Column(name = "procedure_minutes", nullable = false)
    public int procedureMinutes;

    @Column(name = "earliest_date", nullable = false)
    public LocalDate earliestDate;

    @Column(name = "latest_date", nullable = false)
    public LocalDate latestDate;

    @Column(name = "practitioner_id")
    public UUID practitionerId;

    @Column(name = "preferred_time_from")
    public LocalTime preferredTimeFrom;

    @Column(name = "preferred_time_to")
    public LocalTime preferredTimeTo;

    @Column(name = "note")
    public String note;

    /** Only ACTIVE, BOOKED or WITHDRAWN are stored; see {@link WaitListEntryStatus#readAs}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public WaitListEntryStatus status;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
