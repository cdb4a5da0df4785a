package care.needlepoint.scheduling.calendar.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The clinic's one row of settings (id 1, created by V4__calendar.sql). */
@Entity
@Table(name = "clinic_settings")
public class ClinicSettingsEntity {

    public static final short ID = 1;

    @Id
    public short id;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "late_cancellation_minutes", nullable = false)
    public int lateCancellationMinutes;

    @Column(name = "turnover_minutes", nullable = false)
    public int turnoverMinutes;

    @Column(name = "hold_minutes", nullable = false)
    public int holdMinutes;

    @Column(name = "slot_minutes", nullable = false)
    public int slotMinutes;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
