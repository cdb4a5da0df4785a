package care.needlepoint.treatments.protocol.domain;

import java.math.BigDecimal;

/** The needle lengths a protocol allows on one body area with one device type, in mm (two decimal places). */
public record DepthLimit(BodyArea area, DeviceType deviceType, BigDecimal minMm, BigDecimal maxMm) {

    public boolean allows(BigDecimal depthMm) {
        return minMm.compareTo(depthMm) <= 0 && depthMm.compareTo(maxMm) <= 0;
    }
}
