package care.needlepoint.treatments.session.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A correction of a session: who, when, why and what changed (from, to). Appended, never changed. */
@Entity
@Immutable
@Table(name = "session_amendment")
public class SessionAmendmentEntity {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    /** 1 for the session's first amendment, one more for each after it. */
    @Column(name = "sequence", nullable = false)
    public int sequence;

    @Column(name = "amended_at", nullable = false)
    public Instant amendedAt;

    @Column(name = "amended_by", nullable = false)
    public String amendedBy;

    @Column(name = "reason", nullable = false)
    public String reason;

    /** JSON: {"field": {"from": ..., "to": ...}} for each changed field. */
    @Column(name = "changes", nullable = false)
    public String changes;

    /** JSON: [{"code", "area", "reason"}] for the overrides the corrected values needed; [] for none. */
    @Column(name = "overrides", nullable = false)
    public String overrides;
}
