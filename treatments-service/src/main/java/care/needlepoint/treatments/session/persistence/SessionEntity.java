package care.needlepoint.treatments.session.persistence;

import java.time.Instant;
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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import care.needlepoint.treatments.session.domain.SessionKind;

/**
 * A charted session as it was first recorded: inserted once, never changed (Hibernate treats it as immutable and the
 * database refuses updates, V5__session.sql). Corrections are {@link SessionAmendmentEntity} rows.
 */
@Entity
@Immutable
@Table(name = "treatment_session")
public class SessionEntity {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    /** 1 for the course's first session, one more for each after it. */
    @Column(name = "sequence", nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public SessionKind kind;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "performed_at", nullable = false)
    public Instant performedAt;

    /** The token subject of the practitioner who charted it. */
    @Column(name = "practitioner", nullable = false)
    public String practitioner;

    @Column(name = "numbing_agent")
    public String numbingAgent;

    @Column(name = "numbing_applied_at")
    public Instant numbingAppliedAt;

    @Column(name = "numbing_dwell_minutes")
    public Integer numbingDwellMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "serums", nullable = false)
    public List<String> serums;

    @Column(name = "immediate_reaction")
    public String immediateReaction;

    @Column(name = "notes")
    public String notes;

    @Column(name = "aftercare_given", nullable = false)
    public boolean aftercareGiven;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "acknowledged_warnings", nullable = false)
    public List<String> acknowledgedWarnings;

    @Column(name = "screening_id", nullable = false)
    public UUID screeningId;

    @Column(name = "consent_id", nullable = false)
    public UUID consentId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "session_area", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<SessionAreaRow> areas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "session_override", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<SessionOverrideRow> overrides = new ArrayList<>();
}
