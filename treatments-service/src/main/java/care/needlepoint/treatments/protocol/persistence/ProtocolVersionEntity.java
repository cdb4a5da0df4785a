package care.needlepoint.treatments.protocol.persistence;

import java.math.BigDecimal;
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
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.ContraindicationPreset;
import care.needlepoint.treatments.protocol.domain.DayRange;
import care.needlepoint.treatments.protocol.domain.Indication;
import care.needlepoint.treatments.protocol.domain.MonthRange;
import care.needlepoint.treatments.protocol.domain.NumbingPlan;
import care.needlepoint.treatments.protocol.domain.NumbingPolicy;
import care.needlepoint.treatments.protocol.domain.ProtocolDefinition;
import care.needlepoint.treatments.protocol.domain.ProtocolVersion;
import care.needlepoint.treatments.protocol.domain.SessionPlan;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/**
 * One version of a protocol: inserted once, never changed (Hibernate treats it as immutable and the database refuses
 * updates, see V3__protocol_versions.sql). The API's nested value objects are flat columns and child tables here, so
 * that the database can check them.
 */
@Entity
@Immutable
@Table(name = "protocol_version")
public class ProtocolVersionEntity {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "protocol_id", nullable = false)
    public ProtocolEntity protocol;

    @Column(name = "version", nullable = false)
    public int version;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "numbing_policy", nullable = false)
    public NumbingPolicy numbingPolicy;

    @Column(name = "numbing_required_above_depth_mm", precision = 3, scale = 2)
    public BigDecimal numbingRequiredAboveDepthMm;

    @Column(name = "numbing_agent")
    public String numbingAgent;

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

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "serums", nullable = false)
    public List<String> serums;

    @Enumerated(EnumType.STRING)
    @Column(name = "contraindication_preset")
    public ContraindicationPreset contraindicationPreset;

    @ElementCollection
    @CollectionTable(name = "protocol_treatment_area", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    public List<BodyArea> treatmentAreas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "protocol_depth_limit", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<DepthLimitRow> depthLimits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "protocol_contraindication_rule", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<ContraindicationRuleRow> contraindicationRules = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "protocol_home_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    public List<HomeStepRow> homeProgression = new ArrayList<>();

    /** The charting refusal codes a practitioner may override on courses of this version. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "overridable_refusals", nullable = false)
    public List<String> overridableRefusals;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The token subject of the administrator who created this version. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** A new version of {@code protocol} saying {@code definition}, not yet persisted. */
    public static ProtocolVersionEntity of(ProtocolEntity protocol, int version, ProtocolDefinition definition,
            Instant createdAt, String createdBy) {
        ProtocolVersionEntity row = new ProtocolVersionEntity();
        row.id = UUID.randomUUID();
        row.protocol = protocol;
        row.version = version;
        row.name = definition.name();
        row.summary = definition.summary();
        row.indication = definition.indication();
        row.setting = definition.setting();
        row.numbingPolicy = definition.numbing().policy();
        row.numbingRequiredAboveDepthMm = definition.numbing().requiredAboveDepthMm();
        row.numbingAgent = definition.numbing().agent();
        row.numbingMinDwellMinutes = definition.numbing().minimumDwellMinutes();
        row.procedureMinutes = definition.procedureMinutes();
        row.sessionsDefault = definition.sessions().defaultCount();
        row.sessionsMin = definition.sessions().min();
        row.sessionsMax = definition.sessions().max();
        row.spacingMinDays = definition.spacingDays().min();
        row.spacingMaxDays = definition.spacingDays().max();
        if (definition.maintenanceMonths() != null) {
            row.maintenanceMinMonths = definition.maintenanceMonths().min();
            row.maintenanceMaxMonths = definition.maintenanceMonths().max();
        }
        row.aftercare = new ArrayList<>(definition.aftercare());
        row.serums = new ArrayList<>(definition.serums());
        row.contraindicationPreset = definition.contraindicationPreset();
        row.treatmentAreas = new ArrayList<>(definition.treatmentAreas());
        definition.depthLimits().forEach(limit -> row.depthLimits.add(DepthLimitRow.of(definition.setting(), limit)));
        definition.contraindicationRules().forEach(rule -> row.contraindicationRules.add(
                ContraindicationRuleRow.of(rule)));
        definition.homeProgression().forEach(step -> row.homeProgression.add(
                HomeStepRow.of(definition.setting(), step)));
        row.overridableRefusals = new ArrayList<>(definition.overridableRefusals());
        row.createdAt = createdAt;
        row.createdBy = createdBy;
        return row;
    }

    public ProtocolDefinition definition() {
        MonthRange maintenance = maintenanceMinMonths == null ? null
                : new MonthRange(maintenanceMinMonths, maintenanceMaxMonths);
        return new ProtocolDefinition(name, summary, indication, setting, treatmentAreas,
                depthLimits.stream().map(DepthLimitRow::toLimit).toList(),
                new NumbingPlan(numbingPolicy, numbingRequiredAboveDepthMm, numbingAgent, numbingMinDwellMinutes),
                procedureMinutes,
                new SessionPlan(sessionsDefault, sessionsMin, sessionsMax),
                new DayRange(spacingMinDays, spacingMaxDays),
                maintenance,
                aftercare, serums, contraindicationPreset,
                contraindicationRules.stream().map(ContraindicationRuleRow::toRule).toList(),
                homeProgression.stream().map(HomeStepRow::toStep).toList(),
                overridableRefusals);
    }

    /** This version in the domain's terms; reads the protocol row, so call it inside the transaction. */
    public ProtocolVersion toVersion() {
        return new ProtocolVersion(protocol.id, protocol.code, version, version == protocol.currentVersion,
                definition(), protocol.createdAt, createdAt, createdBy);
    }
}
