package care.needlepoint.scheduling.room.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A room row. Never leaves the service: the API speaks in records (see room.api). */
@Entity
@Table(name = "room")
public class RoomEntity {

    /** The unique index on {@code lower(name)} (V3__room.sql). */
    public static final String NAME_UNIQUE = "room_name_unique";

    @Id
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "description")
    public String description;

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
