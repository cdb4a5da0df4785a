package care.needlepoint.treatments.protocol.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What stays the same across a protocol's versions (id, code, creation) and which version is current. Never leaves
 * the service: the API speaks in records (see protocol.api). Each version is a {@link ProtocolVersionEntity}.
 */
@Entity
@Table(name = "protocol")
public class ProtocolEntity {

    @Id
    public UUID id;

    @Column(name = "code", nullable = false, unique = true)
    public String code;

    /** The number of the current version; the update that moves it holds this row's lock. */
    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
