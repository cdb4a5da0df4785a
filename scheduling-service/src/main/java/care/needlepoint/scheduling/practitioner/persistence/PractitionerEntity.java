package care.needlepoint.scheduling.practitioner.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A practitioner row. Never leaves the service: the API speaks in records (see practitioner.api). */
@Entity
@Table(name = "practitioner")
public class PractitionerEntity {

    /** The unique constraint on {@link #subject} (V2__practitioner.sql). */
    public static final String SUBJECT_UNIQUE = "practitioner_subject_unique";

    @Id
    public UUID id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "subject", nullable = false)
    public String subject;

    @Column(name = "email")
    public String email;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
