package care.needlepoint.scheduling.appointment.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audit entry: an override, a reschedule, a feed secret issued or revoked. */
@Entity
@Table(name = "audit_entry")
public class AuditEntryEntity {

    @Id
    public UUID id;

    @Column(name = "at", nullable = false)
    public Instant at;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "detail")
    public String detail;
}
