package care.needlepoint.treatments.protocol.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DepthLimit;
import care.needlepoint.treatments.protocol.domain.DeviceType;
import care.needlepoint.treatments.protocol.domain.TreatmentSetting;

/** A row of protocol_depth_limit. */
@Embeddable
public class DepthLimitRow {

    /** The version's setting, repeated so that the database can hold HOME limits to 0.75 mm (V3 migration). */
    @Enumerated(EnumType.STRING)
    @Column(name = "setting", nullable = false)
    public TreatmentSetting setting;

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    public BodyArea area;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false)
    public DeviceType deviceType;

    @Column(name = "min_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal minMm;

    @Column(name = "max_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal maxMm;

    static DepthLimitRow of(TreatmentSetting setting, DepthLimit limit) {
        DepthLimitRow row = new DepthLimitRow();
        row.setting = setting;
        row.area = limit.area();
        row.deviceType = limit.deviceType();
        row.minMm = limit.minMm();
        row.maxMm = limit.maxMm();
        return row;
    }

    DepthLimit toLimit() {
        return new DepthLimit(area, deviceType, minMm, maxMm);
    }
}
