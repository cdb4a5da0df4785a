package care.needlepoint.scheduling.series.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A booked series (V6__series.sql). Its sessions are appointments carrying {@code series_id}; its state is derived
 * from them when read. {@link #version} is the series ETag: every change to any of its sessions through the series
 * bumps it (by touching {@link #updatedAt}).
 */
@Entity
@Table(name = "series")
public class SeriesEntity {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "protocol_id", nullable = false)
    public UUID protocolId;

    @Column(name = "protocol_version", nullable = false)
    public int protocolVersion;

    @Column(name = "planned_sessions", nullable = false)
    public int plannedSessions;

    /** The client's screening expiry as known at booking; null when unknown or none. */
    @Column(name = "screening_expires_at")
    public Instant screeningExpiresAt;

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
