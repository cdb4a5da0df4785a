package care.needlepoint.treatments.session.persistence;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;
import care.needlepoint.treatments.session.domain.Endpoint;

/** A row of session_area: what was done on one area. */
@Embeddable
public class SessionAreaRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    public BodyArea area;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false)
    public DeviceType deviceType;

    @Column(name = "depth_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal depthMm;

    @Column(name = "needle_configuration", nullable = false)
    public String needleConfiguration;

    @Column(name = "passes", nullable = false)
    public int passes;

    /** Direction codes (session.domain.Direction), in the order given. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "directions", nullable = false)
    public List<String> directions;

    @Enumerated(EnumType.STRING)
    @Column(name = "endpoint", nullable = false)
    public Endpoint endpoint;
}
