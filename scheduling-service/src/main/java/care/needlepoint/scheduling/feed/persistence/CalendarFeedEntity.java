package care.needlepoint.scheduling.feed.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A calendar feed of one practitioner; only the secret's SHA-256 is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeedEntity {

    @Id
    public UUID id;

    @Column(name = "practitioner_id", nullable = false)
    public UUID practitionerId;

    @Column(name = "secret_sha256", nullable = false)
    public String secretSha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;
}
