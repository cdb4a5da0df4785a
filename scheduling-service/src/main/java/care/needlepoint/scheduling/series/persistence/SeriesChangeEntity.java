package care.needlepoint.scheduling.series.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import care.needlepoint.scheduling.series.domain.SeriesChangeKind;

/** One change to a series: who, when, what, which sessions, why, and the moves as JSON text. */
@Entity
@Table(name = "series_change")
public class SeriesChangeEntity {

    @Id
    public UUID id;

    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public SeriesChangeKind kind;

    /** Comma-separated sequence numbers, in order. */
    @Column(name = "sequences", nullable = false)
    public String sequences;

    @Column(name = "reason")
    public String reason;

    /** [{sequence, from, to}] as JSON, or null when nothing moved. */
    @Column(name = "moves")
    public String moves;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
