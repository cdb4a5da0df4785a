package care.needlepoint.treatments.course.persistence;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/** A row of course_area: a treated area with the device and depth the course starts with. */
@Embeddable
public class CourseAreaRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false)
    public BodyArea area;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false)
    public DeviceType deviceType;

    @Column(name = "starting_depth_mm", nullable = false, precision = 3, scale = 2)
    public BigDecimal startingDepthMm;

    public static CourseAreaRow of(BodyArea area, DeviceType deviceType, BigDecimal startingDepthMm) {
        CourseAreaRow row = new CourseAreaRow();
        row.area = area;
        row.deviceType = deviceType;
        row.startingDepthMm = startingDepthMm;
        return row;
    }
}
