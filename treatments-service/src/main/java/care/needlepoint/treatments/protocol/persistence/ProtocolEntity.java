package care.needlepoint.treatments.protocol.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.NumbingPolicy;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/**
 * A protocol row. Never leaves the service: the API speaks in records (see protocol.api). The API's nested value
 * objects are flat columns here, so that the database can check them (V2__protocol.sql).
 */
@Entity
@Table(name = "protocol")
public class ProtocolEntity {

    @Id
    public UUID id;

    @Column(name = "code", nullable = false, unique = true)
    public String code;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "summary", nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "indication", nullable = false)
    public Indication indication;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false)
    public TreatmentSetting setting;

    @Column(name = "needle_depth_min_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal needleDepthMinMm;

    @Column(name = "needle_depth_max_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal needleDepthMaxMm;

    @Enumerated(EnumType.STRING)
    @Column(name = "numbing_policy", nullable = false)
    public NumbingPolicy numbingPolicy;

    @Column(name = "numbing_min_dwell_minutes")
    public Integer numbingMinDwellMinutes;

    @Column(name = "procedure_minutes", nullable = false)
    public int procedureMinutes;

    @Column(name = "sessions_default", nullable = false)
    public int sessionsDefault;

    @Column(name = "sessions_min", nullable = false)
    public int sessionsMin;

    @Column(name = "sessions_max", nullable = false)
    public int sessionsMax;

    @Column(name = "spacing_min_days", nullable = false)
    public int spacingMinDays;

    @Column(name = "spacing_max_days", nullable = false)
    public int spacingMaxDays;

    /** With {@link #maintenanceMaxMonths}: both null when the protocol has no maintenance. */
    @Column(name = "maintenance_min_months")
    public Integer maintenanceMinMonths;

    @Column(name = "maintenance_max_months")
    public Integer maintenanceMaxMonths;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aftercare", nullable = false)
    public List<String> aftercare;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
