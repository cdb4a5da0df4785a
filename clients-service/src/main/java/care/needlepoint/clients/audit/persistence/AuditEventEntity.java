package care.needlepoint.clients.audit.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import care.needlepoint.clients.audit.domain.AuditAction;
import care.needlepoint.clients.audit.domain.AuditedRecord;

/** An audit row, read-only here: rows are written by AuditTrail and the table refuses changes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    public long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor", nullable = false)
    public String actor;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    public AuditedRecord recordType;

    @Column(name = "record_id", nullable = false)
    public UUID recordId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;
}
