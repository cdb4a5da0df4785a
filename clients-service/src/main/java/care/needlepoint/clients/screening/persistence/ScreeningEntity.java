package care.needlepoint.clients.screening.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import care.needlepoint.clients.screening.api.ScreeningAnswers;

/**
 * A screening row, written once: Hibernate never updates it and the table refuses updates and deletes
 * (V5__screening.sql). The answers are one JSON document in the shape of the API's record, read back typed.
 */
@Entity
@Immutable
@Table(name = "screening")
public class ScreeningEntity {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "questionnaire_version", nullable = false)
    public short questionnaireVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answers", nullable = false)
    public ScreeningAnswers answers;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
