package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/** The depth-related part of one charted area, as the charting policies read it. */
public record ChartedArea(BodyArea area, DeviceType deviceType, BigDecimal depthMm) {
}
