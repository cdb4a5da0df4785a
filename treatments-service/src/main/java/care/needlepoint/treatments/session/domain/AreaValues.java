package care.needlepoint.treatments.session.domain;

import java.math.BigDecimal;
import java.util.List;

import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.protocol.domain.DeviceType;

/** What was charted on one area, as an amendment reads and corrects it. */
public record AreaValues(BodyArea area, DeviceType deviceType, BigDecimal depthMm, String needleConfiguration,
        int passes, List<Direction> directions, Endpoint endpoint) {

    public static final String DEVICE_TYPE = "deviceType";
    public static final String DEPTH_MM = "depthMm";
    public static final String NEEDLE_CONFIGURATION = "needleConfiguration";
    public static final String PASSES = "passes";
    public static final String DIRECTIONS = "directions";
    public static final String ENDPOINT = "endpoint";

    public AreaValues {
        directions = List.copyOf(directions);
    }

    /** The depth-related part the charting policies judge. */
    public ChartedArea charted() {
        return new ChartedArea(area, deviceType, depthMm);
    }
}
